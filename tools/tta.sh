#!/usr/bin/env bash
# The ten-minute recipe (09, "Time to accuracy"): its held-out choice, then the chosen recipe's three test seeds.
# One run at a time, on an otherwise idle machine; each run's command-to-exit clock is GNU time's (time.txt).
#
#   DATA=path/to/cifar10.tgz tools/tta.sh val [V11 ...]  # each candidate (or those named), seed 0, --val 5000
#   DATA=... TIMES=2 tools/tta.sh val V20 V22           # each timed twice: V20, V22, V20-t2, V22-t2
#   DATA=path/to/cifar10.tgz tools/tta.sh test V10       # candidate V10 at seeds 0, 1, 2 on the test set
#
# The choice between them is `held_out_choice($OUT/val)` (09): the lowest held-out error among the candidates
# whose time, scaled to the test run's (training to 50,000 images, evaluation to 10,000; the slowest timing),
# fits ten minutes. To commit: cp -r $OUT/val/logs/* results/tta/val-<cpu>/ (and $OUT/chosen/logs/* into
# results/tta/chosen-<cpu>/); the checkpoints stay out.
# Each run compiles (where `--compile auto` does) from an empty inductor cache, as a first run would.
set -eu
DATA=${DATA:?set DATA to a CIFAR-10 archive}; OUT=${OUT:-/work/runs/tta}; PY=${PY:-}
COMMON="--model ResNet20 --schedule onecycle --wd 5e-4 --amp --device cpu --quiet --lr 0.2 --batch-size 128
        --label-smoothing 0.1 --eval-every 100"
# name -> the flags that differ (V7, V10: the Intel Xeon's finalists, in 11; V11, V12: one image size, so compiled)
declare -A CAND=(
  [V7-b128-lr0.2-ls0.1-low16,16,24x9-15ep]="--epochs 15 --low-res 16,16,24 --low-res-epochs 9"
  [V10-b128-lr0.2-ls0.1-low16,24x11-18ep]="--epochs 18 --low-res 16,24 --low-res-epochs 11"
  [V11-b128-lr0.2-ls0.1-12ep]="--epochs 12"
  [V12-b128-lr0.2-ls0.1-14ep]="--epochs 14"
  # V13: mirrored evaluation (about 0.8 points in every run that measured it) buys back two
  # full-size epochs, so that ten minutes hold on a 2-core AMD EPYC (a full-size epoch: about 60 s)
  [V13-b128-lr0.2-ls0.1-low16,16,24x9-13ep-flip]="--epochs 13 --low-res 16,16,24 --low-res-epochs 9 --flip-eval"
  # V18, V20, V22: ten views (--eval-shift 1; in batches of 1,000 about 22 s on the held-out images and
  # 40 s on the test set, in the CPU's batches of 250 about 15 and 27 s)
  [V18-b128-lr0.2-ls0.1-low16x11-15ep-views10]="--epochs 15 --low-res 16 --low-res-epochs 11 --flip-eval --eval-shift 1"
  [V20-b128-lr0.2-ls0.1-low16,16,24x9-13ep-views10]="--epochs 13 --low-res 16,16,24 --low-res-epochs 9 --flip-eval --eval-shift 1"
  [V22-b128-lr0.2-ls0.1-low16,16,24x8-12ep-views10]="--epochs 12 --low-res 16,16,24 --low-res-epochs 8 --flip-eval --eval-shift 1"
)

one() {   # one() <folder> <name> <flags...>: a fresh run (a resumed one would not time honestly)
  local dir=$1 name=$2; shift 2
  grep -qs '"finished": true' "$dir/logs/$name/config.json" && return
  rm -rf "$dir/logs/$name" "$dir/checkpoints/$name"
  local cache; cache=$(mktemp -d); mkdir -p "$dir"
  echo "$(date -u +%FT%TZ) start $name"
  TORCHINDUCTOR_CACHE_DIR=$cache /usr/bin/time -v -o "$dir/$name.time" \
    ${PY}resnet-train $COMMON --data "$DATA" "$@" --out "$dir" --name "$name" </dev/null
  mv "$dir/$name.time" "$dir/logs/$name/time.txt"; rm -rf "$cache"
  echo "$(date -u +%FT%TZ) done $name: $(tail -n 1 "$dir/logs/$name/epochs.csv")"
}

case ${1:-} in
  val)   # all candidates, or those named (tools/tta.sh val V11 V12), each timed TIMES times,
         # interleaved (the second timing of V11 is V11-...-t2), because the machine's speed drifts
    shift; for t in $(seq 1 "${TIMES:-1}"); do
      for name in $(printf '%s\n' "${!CAND[@]}" | sort -V); do
        [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qx "${name%%-*}" || continue
        one "$OUT/val" "$name$([ "$t" -eq 1 ] || echo "-t$t")" ${CAND[$name]} --val 5000 --seed 0
      done
    done ;;
  test)
    tag=${2:?which candidate, e.g. V10}; name=$(printf '%s\n' "${!CAND[@]}" | grep "^$tag-") \
      || { echo "tta.sh: no candidate $tag (have: ${!CAND[*]})" >&2; exit 2; }
    for seed in 0 1 2; do one "$OUT/chosen" "T${name#V}-s$seed" ${CAND[$name]} --seed $seed; done ;;
  *) echo "usage: tools/tta.sh val [candidate ...] | test <candidate, e.g. V10>" >&2; exit 2 ;;
esac
