#!/bin/sh
# tests/custom_handlers.t: no silent ENOSYS.  Every syscall row a spec marks
# `custom` must be answered by a handler (emu/sys/custom.c's table, as
# build/dragoman is linked) or refused by its spec (`fixed_errno`); the rows
# still waiting for one are listed with their owner in
# tests/custom_unhandled.list, whose header says the rules.
. "$(dirname "$0")/lib/tap.sh"
plan 6
list=tests/custom_unhandled.list
rows=$(build/dragoman --handlers 2>&1)
ok $? "dragoman --handlers runs"
names=$(grep -v '^#' $list | awk 'NF { print $1 }')
owner() { grep -v '^#' $list | awk -v n="$1" '$1 == n { $1 = ""; sub(/^ +/, ""); print }'; }

# 1. every MISSING row is listed
bad=""
for n in $(printf '%s\n' "$rows" | awk '$1 != "unlinked" && $4 == "MISSING" { print $3 }' | sort -u); do
	printf '%s\n' "$names" | grep -qx "$n" || bad="$bad $n"
done
is "$bad" "" "every custom row without a handler or fixed_errno is listed with an owner"

# 2. "not-run" names are complete on every ABI dragoman runs
bad=""
for n in $(printf '%s\n' "$rows" | awk '$2 == "yes" && $4 == "MISSING" { print $3 }' | sort -u); do
	case "$(owner "$n")" in pending:*) ;; *) bad="$bad $n" ;; esac
done
is "$bad" "" "on ABIs dragoman runs, only pending names lack a handler"

# 3. no stale entries
bad=""
for n in $names; do
	printf '%s\n' "$rows" | awk -v n="$n" '$3 == n && $4 == "MISSING" { f = 1 } END { exit !f }' || bad="$bad $n"
done
is "$bad" "" "every listed name still lacks a handler somewhere (else delete its line)"

# 4. a refusal has no handler too (which one would the guest get?)
bad=$(printf '%s\n' "$rows" | awk '$4 ~ /\+handler$/ { print $1 ":" $3 }' | tr '\n' ' ')
is "$bad" "" "no row is both refused by its spec and handled"

# 5. the handler table names only handlers this binary has (weak references
#    left NULL), pending work excepted
bad=""
for n in $(printf '%s\n' "$rows" | awk '$1 == "unlinked" { print $3 }'); do
	case "$(owner "$n")" in pending:*) ;; *) bad="$bad $n" ;; esac
done
is "$bad" "" "every entry of emu/sys/custom.c's table is linked into build/dragoman (pending ones excepted)"

missing=$(printf '%s\n' "$rows" | awk '$2 == "yes" && $4 == "MISSING" { print $3 }' | sort -u | tr '\n' ' ')
diag "still without a handler where dragoman runs: ${missing:-none}"
