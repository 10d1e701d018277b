#!/usr/bin/env bash
# Creates, or edits in place, the one sticky benchmark comment of a pull request from the artifact a benchmarks run left
# (benchmark-pr-comment: pr-comment.md and pr-number.txt, written by ./build.sh --target=PrComment).
#
# It runs in the workflow_run-triggered job that holds a write token, and the artifact comes from a run that may have
# executed a fork's code: so the artifact is data only. Nothing in it is executed; the number must be digits naming an open
# pull request whose head is the run's head commit (a forged number cannot reach another pull request); the comment must
# start with the marker and fit GitHub's limit; only a comment of github-actions[bot] carrying the marker is edited.
#
# Environment: GH_TOKEN (used by gh), REPO (owner/name), RUN_ID (the benchmarks run), HEAD_SHA (that run's head commit).
# Exit 0: posted, updated, or nothing to post (said why); 1: the artifact was refused; 2: bad environment.
set -euo pipefail
marker='<!-- flyrigloader-benchmark-comment -->'
artifact='benchmark-pr-comment'
max_bytes=65536

fail() { echo "post-benchmark-comment: $2" >&2; exit "$1"; }
for name in GH_TOKEN REPO RUN_ID HEAD_SHA; do
  [ -n "${!name:-}" ] || fail 2 "$name is not set"
done
[[ "$REPO" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || fail 2 "REPO '$REPO' is not owner/name"
[[ "$RUN_ID" =~ ^[0-9]+$ ]] || fail 2 "RUN_ID '$RUN_ID' is not a run id"
[[ "$HEAD_SHA" =~ ^[0-9a-f]{40}$ ]] || fail 2 "HEAD_SHA '$HEAD_SHA' is not a commit sha"

count="$(gh api "repos/$REPO/actions/runs/$RUN_ID/artifacts" --jq "[.artifacts[] | select(.name == \"$artifact\" and .expired == false)] | length")"
if [ "$count" = "0" ]; then
  echo "post-benchmark-comment: run $RUN_ID left no $artifact artifact; nothing to post"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gh run download "$RUN_ID" --repo "$REPO" --name "$artifact" --dir "$work"
comment="$work/pr-comment.md"
number_file="$work/pr-number.txt"
for f in "$comment" "$number_file"; do
  [ -f "$f" ] && [ ! -L "$f" ] || fail 1 "the artifact lacks $(basename "$f") (or it is not a regular file)"
done

[ "$(stat -c %s "$number_file")" -le 16 ] || fail 1 "pr-number.txt is too large to be a pull request number"
number="$(tr -d '\n' < "$number_file")"
[[ "$number" =~ ^[1-9][0-9]{0,9}$ ]] || fail 1 "pr-number.txt does not hold a pull request number"
size="$(stat -c %s "$comment")"
[ "$size" -le "$max_bytes" ] || fail 1 "pr-comment.md is $size bytes; GitHub takes at most $max_bytes"
[ "$(head -n 1 "$comment")" = "$marker" ] || fail 1 "pr-comment.md does not start with the marker $marker"

pull="$(gh api "repos/$REPO/pulls/$number" --jq '.state + " " + .head.sha')"
if [ "$pull" != "open $HEAD_SHA" ]; then
  echo "::warning title=Benchmark comment::pull request #$number is '$pull', not open at the run's head $HEAD_SHA; not posting (a newer run posts for the current head)"
  exit 0
fi

existing="$(gh api --paginate "repos/$REPO/issues/$number/comments" \
  --jq ".[] | select(.user.login == \"github-actions[bot]\" and (.body | startswith(\"$marker\"))) | .id" | awk 'NR == 1')"
if [ -n "$existing" ]; then
  [[ "$existing" =~ ^[0-9]+$ ]] || fail 1 "unexpected comment id '$existing'"
  gh api --method PATCH "repos/$REPO/issues/comments/$existing" -F "body=@$comment" > /dev/null
  echo "post-benchmark-comment: updated comment $existing on pull request #$number"
else
  gh api --method POST "repos/$REPO/issues/$number/comments" -F "body=@$comment" > /dev/null
  echo "post-benchmark-comment: created the benchmark comment on pull request #$number"
fi
