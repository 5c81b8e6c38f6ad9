/* clang-probe: answers questions about one ABI's kernel headers, via libclang.
 *
 * The checker (gen/check.lua) and the drafting helper (gen/draft.lua) talk to
 * this tool; it knows nothing about specs.  It reads a request on stdin and
 * writes one answer line per question on stdout.
 *
 *   usage: clang-probe [clang arguments...] < request
 *
 * Request lines (one per line, '#' starts a comment):
 *   line TEXT               put TEXT (e.g. a #pragma) at the top of the probe unit
 *   include HEADER          add "#include <HEADER>" to the probe unit
 *   macros PREFIX           list every object-like macro whose name starts with PREFIX
 *   value KEY EXPR...       evaluate the integer constant expression EXPR
 *   layout KEY CTYPE...     size, alignment and every field of a struct/union type
 *
 * Answers:
 *   macro NAME VALUE | macro NAME ?            (? = defined but not an integer)
 *   value KEY VALUE | value KEY undefined
 *   layout KEY SIZE ALIGN | layout KEY undefined
 *   field KEY NAME OFFSET SIZE                 (bytes; one line per direct field)
 *   error MESSAGE                              (a diagnostic the tool could not attribute)
 *
 * Values print as signed decimals unless the expression's type is unsigned.
 */
#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item { char kind; char *key; char *text; };

static char **includes, **prefixes, **lines;
static int n_includes, n_prefixes, n_lines;
static struct item *items;
static int n_items;

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p) { perror("clang-probe"); exit(2); }
	return p;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s);
	if (!d) { perror("clang-probe"); exit(2); }
	return d;
}

/* Text buffer used to build the probe translation unit. */
struct buf { char *p; size_t len, cap; };

static void bprintf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void bprintf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	for (;;) {
		va_start(ap, fmt);
		int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < b->cap - b->len) { b->len += n; return; }
		b->cap = b->cap * 2 + (n > 0 ? n : 0) + 256;
		b->p = xrealloc(b->p, b->cap);
	}
}

static void read_request(void)
{
	char line[4096];
	while (fgets(line, sizeof line, stdin)) {
		line[strcspn(line, "\n")] = 0;
		char *s = line;
		while (*s == ' ' || *s == '\t') s++;
		if (!*s || *s == '#') continue;
		char *verb = strtok(s, " \t");
		char *rest = strtok(NULL, "");
		if (!rest) { fprintf(stderr, "clang-probe: '%s' needs an argument\n", verb); exit(2); }
		while (*rest == ' ' || *rest == '\t') rest++;
		if (!strcmp(verb, "line")) {
			lines = xrealloc(lines, sizeof *lines * (n_lines + 1));
			lines[n_lines++] = xstrdup(rest);
		} else if (!strcmp(verb, "include")) {
			includes = xrealloc(includes, sizeof *includes * (n_includes + 1));
			includes[n_includes++] = xstrdup(rest);
		} else if (!strcmp(verb, "macros")) {
			prefixes = xrealloc(prefixes, sizeof *prefixes * (n_prefixes + 1));
			prefixes[n_prefixes++] = xstrdup(rest);
		} else if (!strcmp(verb, "value") || !strcmp(verb, "layout")) {
			char *key = strtok(rest, " \t");
			char *text = strtok(NULL, "");
			if (!key || !text) { fprintf(stderr, "clang-probe: '%s' needs KEY and text\n", verb); exit(2); }
			items = xrealloc(items, sizeof *items * (n_items + 1));
			items[n_items++] = (struct item){ verb[0], xstrdup(key), xstrdup(text) };
		} else {
			fprintf(stderr, "clang-probe: unknown request '%s'\n", verb);
			exit(2);
		}
	}
}

static CXTranslationUnit parse(CXIndex idx, const char *src, int argc, char **argv, unsigned opts)
{
	struct CXUnsavedFile f = { "dm_probe.c", src, (unsigned long)strlen(src) };
	CXTranslationUnit tu = NULL;
	enum CXErrorCode e = clang_parseTranslationUnit2(idx, "dm_probe.c", (const char *const *)argv, argc,
							 &f, 1, opts | CXTranslationUnit_KeepGoing, &tu);
	if (e != CXError_Success || !tu) {
		fprintf(stderr, "clang-probe: libclang could not parse the probe (error %d)\n", e);
		exit(2);
	}
	return tu;
}

static void head(struct buf *b)
{
	for (int i = 0; i < n_lines; i++)
		bprintf(b, "%s\n", lines[i]);
	for (int i = 0; i < n_includes; i++)
		bprintf(b, "#include <%s>\n", includes[i]);
}

/* Pass 1: collect macro names by prefix. */
struct names { char **v; int n; };

static enum CXChildVisitResult visit_macros(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	struct names *out = data;
	if (clang_getCursorKind(c) != CXCursor_MacroDefinition || clang_Cursor_isMacroFunctionLike(c))
		return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	const char *name = clang_getCString(s);
	for (int i = 0; i < n_prefixes; i++) {
		if (!strncmp(name, prefixes[i], strlen(prefixes[i]))) {
			int dup = 0;
			for (int j = 0; j < out->n && !dup; j++) dup = !strcmp(out->v[j], name);
			if (!dup) {
				out->v = xrealloc(out->v, sizeof *out->v * (out->n + 1));
				out->v[out->n++] = xstrdup(name);
			}
			break;
		}
	}
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

/* Pass 2 bookkeeping: each probe declaration is named dm_probe_<index>. */
struct probe_ctx { int count; CXCursor *vars; };

static enum CXChildVisitResult visit_vars(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	struct probe_ctx *ctx = data;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k != CXCursor_VarDecl && k != CXCursor_TypedefDecl) return CXChildVisit_Continue;
	CXString s = clang_getCursorSpelling(c);
	const char *name = clang_getCString(s);
	if (!strncmp(name, "dm_probe_", 9)) {
		int i = atoi(name + 9);
		if (i >= 0 && i < ctx->count) ctx->vars[i] = c;
	}
	clang_disposeString(s);
	return CXChildVisit_Continue;
}

static void print_value(const char *verb, const char *key, CXCursor c)
{
	CXEvalResult r = clang_Cursor_isNull(c) ? NULL : clang_Cursor_Evaluate(c);
	if (r && clang_EvalResult_getKind(r) == CXEval_Int) {
		if (clang_EvalResult_isUnsignedInt(r))
			printf("%s %s %llu\n", verb, key, clang_EvalResult_getAsUnsigned(r));
		else
			printf("%s %s %lld\n", verb, key, clang_EvalResult_getAsLongLong(r));
	} else if (r) {
		printf("%s %s ?\n", verb, key);
	} else {
		printf("%s %s undefined\n", verb, key);
	}
	if (r) clang_EvalResult_dispose(r);
}

struct field_ctx { const char *key; CXType rec; };

static enum CXVisitorResult visit_field(CXCursor c, CXClientData data)
{
	struct field_ctx *f = data;
	CXString s = clang_getCursorSpelling(c);
	const char *name = clang_getCString(s);
	long long off = clang_Cursor_getOffsetOfField(c);
	long long size = clang_Type_getSizeOf(clang_getCursorType(c));
	if (*name)
		printf("field %s %s %lld %lld\n", f->key, name, off >= 0 ? off / 8 : off, size);
	else  /* anonymous struct/union member: report its members through it */
		clang_Type_visitFields(clang_getCursorType(c), visit_field, data);
	clang_disposeString(s);
	return CXVisit_Continue;
}

static void print_layout(const char *key, CXCursor c)
{
	if (clang_Cursor_isNull(c)) { printf("layout %s undefined\n", key); return; }
	CXType t = clang_getCanonicalType(clang_getTypedefDeclUnderlyingType(c));
	long long size = clang_Type_getSizeOf(t), align = clang_Type_getAlignOf(t);
	if (size < 0 || align < 0) { printf("layout %s undefined\n", key); return; }
	printf("layout %s %lld %lld\n", key, size, align);
	if (t.kind == CXType_Record) {
		struct field_ctx f = { key, t };
		clang_Type_visitFields(t, visit_field, &f);
	}
}

int main(int argc, char **argv)
{
	read_request();
	char **cargs = argv + 1;
	int ncargs = argc - 1;
	CXIndex idx = clang_createIndex(0, 0);

	struct names macros = { 0 };
	if (n_prefixes) {
		struct buf b = { 0 };
		bprintf(&b, "%s", "");
		head(&b);
		CXTranslationUnit tu = parse(idx, b.p, ncargs, cargs, CXTranslationUnit_DetailedPreprocessingRecord);
		clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_macros, &macros);
		clang_disposeTranslationUnit(tu);
		free(b.p);
	}

	/* Pass 2: one declaration per question; an unknown name just fails to evaluate. */
	int count = macros.n + n_items;
	struct buf b = { 0 };
	bprintf(&b, "%s", "");
	head(&b);
	for (int i = 0; i < macros.n; i++)
		bprintf(&b, "static const __auto_type dm_probe_%d = %s;\n", i, macros.v[i]);
	for (int i = 0; i < n_items; i++) {
		int n = macros.n + i;
		if (items[i].kind == 'v')
			bprintf(&b, "static const __auto_type dm_probe_%d = (%s);\n", n, items[i].text);
		else
			bprintf(&b, "typedef %s dm_probe_%d;\n", items[i].text, n);
	}
	CXTranslationUnit tu = parse(idx, b.p, ncargs, cargs, 0);
	struct probe_ctx ctx = { count, calloc(count + 1, sizeof(CXCursor)) };
	for (int i = 0; i < count; i++) ctx.vars[i] = clang_getNullCursor();
	clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_vars, &ctx);

	/* Headers that fail to parse make every answer suspect: say so. */
	unsigned nd = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < nd; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			CXSourceLocation loc = clang_getDiagnosticLocation(d);
			CXFile file;
			clang_getSpellingLocation(loc, &file, NULL, NULL, NULL);
			CXString fn = clang_getFileName(file);
			const char *fname = clang_getCString(fn);
			/* Errors inside the probe itself are expected (undefined names). */
			if (!fname || strcmp(fname, "dm_probe.c")) {
				CXString m = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
				printf("error %s\n", clang_getCString(m));
				clang_disposeString(m);
			}
			clang_disposeString(fn);
		}
		clang_disposeDiagnostic(d);
	}

	for (int i = 0; i < macros.n; i++)
		print_value("macro", macros.v[i], ctx.vars[i]);
	for (int i = 0; i < n_items; i++) {
		CXCursor c = ctx.vars[macros.n + i];
		if (items[i].kind == 'v') print_value("value", items[i].key, c);
		else print_layout(items[i].key, c);
	}
	clang_disposeTranslationUnit(tu);
	clang_disposeIndex(idx);
	return 0;
}
