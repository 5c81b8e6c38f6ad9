# gen/manpage.awk: docs/cli.md -> dragoman(1), so the manual page and the
# doc are one text.  The doc's first line names the page:
#   <!-- man: NAME SECTION "one-line description" -->
# Handled: "#" and "##"/"###" headings, paragraphs, ``` blocks, tables (each
# row a tagged paragraph: first cell the tag, the other cells its text), "-"
# lists, `code` (bold), **bold**, [text](link) (the text).
function esc(s) {
	gsub(/\\/, "\\e", s)
	gsub(/-/, "\\-", s)
	return s
}
function inline(s,    out, pre) {
	s = esc(s)
	while (match(s, /\[[^]]*\]\([^)]*\)/)) {
		pre = substr(s, RSTART, RLENGTH)
		sub(/\]\(.*/, "", pre)
		s = substr(s, 1, RSTART - 1) substr(pre, 2) substr(s, RSTART + RLENGTH)
	}
	while (match(s, /`[^`]*`/)) s = substr(s, 1, RSTART - 1) "\\fB" substr(s, RSTART + 1, RLENGTH - 2) "\\fR" substr(s, RSTART + RLENGTH)
	while (match(s, /\*\*[^*]*\*\*/)) s = substr(s, 1, RSTART - 1) "\\fB" substr(s, RSTART + 2, RLENGTH - 4) "\\fR" substr(s, RSTART + RLENGTH)
	return s
}
# a text line must not start with a roff control character
function line(s) { if (s ~ /^[.']/) s = "\\&" s; print s }
function cells(s, a,    n) {
	sub(/^ *\|/, "", s); sub(/\| *$/, "", s)
	gsub(/\\\|/, "\001", s)
	n = split(s, a, /\|/)
	for (i = 1; i <= n; i++) { gsub(/\001/, "|", a[i]); gsub(/^ +| +$/, "", a[i]) }
	return n
}
NR == 1 && /^<!-- man:/ {
	name = $3; section = $4
	desc = $0; sub(/^[^"]*"/, "", desc); sub(/".*/, "", desc)
	printf ".TH %s %s\n.SH NAME\n%s \\- %s\n", toupper(name), section, name, esc(desc)
	next
}
/^```/ { if (code) { print ".fi\n.RE"; code = 0 } else { print ".PP\n.RS 4\n.nf"; code = 1 } next }
code { line(esc($0)); next }
/^# / { next }
/^##+ / { sub(/^##+ /, ""); print ".SH " toupper(esc($0)); table = 0; next }
/^ *\|/ {
	n = cells($0, c)
	if (!table) { table = 1; next }          # header row
	if (c[1] ~ /^-+$/) next                  # separator row
	print ".TP"
	line(inline(c[1]))
	t = ""
	for (k = 2; k <= n; k++) if (c[k] != "") t = t (t == "" ? "" : "; ") c[k]
	line(inline(t))
	next
}
/^- / { table = 0; print ".IP \\(bu 2"; sub(/^- /, ""); line(inline($0)); next }
/^$/ { table = 0; print ".PP"; next }
{ table = 0; sub(/^ +/, ""); line(inline($0)) }
