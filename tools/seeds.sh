#!/usr/bin/env bash
# Issue #33's seed runs, one at a time, from a worktree pinned at the grid's numerics.
# Restart after a stop: cd /work/runs && nohup ./seeds.sh >> chain.log 2>&1 &   (each run resumes from last.pth;
# runs committed in $MAIN are skipped, so on a new machine only the missing ones train)
set -u
SNAP=${SNAP:-/work/snap}; OUT=${OUT:-/work/runs/grid}; DATA=${DATA:-/work/shared/data/cifar10-jpeg.tgz}
PY=${PY:-/work/runvenv/bin}; MAIN=${MAIN:-/work/main}
RUNS=${RUNS:-"ResNet20:2 PlainNet20:1 PlainNet20:2 ResNet32:2 PlainNet32:1 PlainNet32:2 ResNet44:1 ResNet44:2
  PlainNet44:1 PlainNet44:2 ResNet56:2 PlainNet56:1 PlainNet56:2 ResNet110:1 ResNet110:2"}
mkdir -p "$OUT" /work/runs/figure7
cd /work/runs
for r in $RUNS; do
  m=${r%%:*}; s=${r##*:}; name=$m-paper-30ep-s$s
  [ -f "$OUT/checkpoints/$name/final.pth" ] && [ -f /work/runs/figure7/$name.csv ] && continue
  # committed already (on another machine): logs of a finished run and its Figure 7 stds
  grep -qs '"finished": true' "$MAIN/results/figure6-30ep/logs/$name/config.json" \
    && [ -f "$MAIN/results/figure7/grid30/$name.csv" ] && continue
  amp=""
  # a run keeps the precision it started with (config.json of its first start)
  if [ -f "$OUT/logs/$name/config.json" ]; then grep -q '"amp": true' "$OUT/logs/$name/config.json" && amp=--amp
  elif grep -qE 'avx512_bf16|amx_bf16' /proc/cpuinfo; then amp=--amp; fi
  echo "$(date -u +%FT%TZ) start $name ${amp:-fp32} on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
  if [ ! -f "$OUT/checkpoints/$name/final.pth" ]; then
    PYTHONPATH=$SNAP nice -n -5 $PY/resnet-train --model $m --epochs 30 --seed $s $amp --data "$DATA" \
      --out "$OUT" --name $name --resume auto --quiet || { echo "$(date -u +%FT%TZ) FAILED $name"; exit 1; }
  fi
  PYTHONPATH=$SNAP $PY/resnet-figure7 --checkpoints "$OUT/checkpoints/$name/final.pth" --data "$DATA" \
    --out /tmp/fig7-$name.png --csv /work/runs/figure7/$name.csv.tmp \
    && mv /work/runs/figure7/$name.csv.tmp /work/runs/figure7/$name.csv
  echo "$(date -u +%FT%TZ) done $name: $(tail -n 1 $OUT/logs/$name/epochs.csv)"
done
