#!/usr/bin/env bash
# Proposes a refreshed baseline as ONE pull request from a fixed branch: created once, then updated in place by every
# later refresh (its branch is force-pushed, its title and body replaced). Nothing is pushed to the default branch.
#
# Run in a checkout of the measured default-branch commit, after ./build.sh --target=UpdateBaseline --summary-file=...
# wrote the baseline file(s) under baselines/ and the summary: its first line (a Markdown heading) becomes the title, the
# whole file the body. Only baselines/ is committed.
#
# Environment: GH_TOKEN (used by gh), BASE (the default branch), SUMMARY (the summary file), BRANCH (the refresh branch,
# default bench/baseline-refresh; must start with bench/). Exit 0 proposed or nothing changed; 2 bad environment.
set -euo pipefail
branch="${BRANCH:-bench/baseline-refresh}"
fail() { echo "open-baseline-refresh-pr: $1" >&2; exit 2; }
[ -n "${BASE:-}" ] || fail "BASE (the default branch) is not set"
[ -n "${SUMMARY:-}" ] && [ -s "$SUMMARY" ] || fail "SUMMARY '${SUMMARY:-}' is not a non-empty file"
[[ "$branch" == bench/* ]] && [ "$branch" != "$BASE" ] || fail "the refresh branch '$branch' must start with bench/ and not be '$BASE'"

title="$(head -n 1 "$SUMMARY")"
title="${title#\# }"
[ -n "$title" ] || fail "the summary's first line (the title) is empty"

if [ -z "$(git status --porcelain -- baselines/)" ]; then
  echo "open-baseline-refresh-pr: baselines/ is unchanged; nothing to propose"
  exit 0
fi

git switch --quiet -C "$branch"
git add -- baselines/
git -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' \
  commit --quiet -m "$title"
git push --quiet --force origin "HEAD:refs/heads/$branch"

number="$(gh pr list --head "$branch" --base "$BASE" --state open --json number --jq '.[0].number // empty')"
if [ -n "$number" ]; then
  gh pr edit "$number" --title "$title" --body-file "$SUMMARY" > /dev/null
  echo "open-baseline-refresh-pr: updated pull request #$number from $branch"
else
  gh pr create --base "$BASE" --head "$branch" --title "$title" --body-file "$SUMMARY" > /dev/null
  echo "open-baseline-refresh-pr: opened a pull request from $branch into $BASE"
fi
