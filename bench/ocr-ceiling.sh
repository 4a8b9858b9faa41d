#!/bin/sh
# The throughput ceiling of issue 13 (docs/decisions/0041): bench/ocr-benchmark.sh run on a copy of
# this commit whose OCR engine reads each page with one Tesseract recognition and none of its
# accuracy work (no despeckle, orientation detection, deskew, upscaling or second pass:
# bench/ocr-ceiling.patch). The rest of the pipeline is unchanged, so (d) shows what the product's
# own work per page costs. Never shipped; the patch applies to a scratch worktree only.
# Usage (from the repository root, on an otherwise idle machine): bench/ocr-ceiling.sh [options of
# bench/ocr-benchmark.sh]; writes target/bench/ocr-ceiling.md. About 8 minutes.
set -e
root=$(pwd)
# Inside target/: the public test pages are found beside the project folder or a parent's.
scratch=$root/target/ocr-ceiling-worktree
git worktree remove --force "$scratch" 2>/dev/null || rm -rf "$scratch"
git worktree add -q --detach "$scratch" HEAD
trap 'git -C "$root" worktree remove --force "$scratch"' EXIT
git -C "$scratch" apply "$root/bench/ocr-ceiling.patch"
(cd "$scratch" && bench/ocr-benchmark.sh "$@")
mkdir -p target/bench
cp "$scratch/target/bench/ocr-benchmark.md" target/bench/ocr-ceiling.md
echo "written to $root/target/bench/ocr-ceiling.md"
