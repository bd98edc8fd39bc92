/* srv_route.c — matching (method, path) against the route table (see srv_route.h). */
#include "srv_route.h"

#include <string.h>

/* Match `path` against `pattern`; on success fill params (values are copied into scratch). */
static bool match(const char *pattern, const char *path, srv_kv *params, int *nparams,
                  char *scratch, size_t scratch_len)
{
    char *end = scratch + scratch_len;
    int n = 0;
    const char *p = pattern, *s = path;
    char *out = scratch;
    while (*p && *s) {
        if (*p == '{') {
            const char *close = strchr(p, '}');
            if (!close)
                return false;
            size_t seg = strcspn(s, "/");
            if (seg == 0 || n >= SRV_MAX_PARAMS)
                return false;
            /* name: points into the pattern — copy it to scratch too */
            size_t nl = (size_t)(close - p - 1);
            if ((size_t)(end - out) < nl + seg + 2)
                return false;
            memcpy(out, p + 1, nl);
            out[nl] = '\0';
            params[n].name = out;
            out += nl + 1;
            memcpy(out, s, seg);
            out[seg] = '\0';
            params[n].value = out;
            out += seg + 1;
            n++;
            p = close + 1;
            s += seg;
        } else {
            if (*p != *s)
                return false;
            p++;
            s++;
        }
    }
    if (*p || *s)
        return false;
    *nparams = n;
    return true;
}

srv_match srv_route_find(const srv_route *routes, const char *method, const char *path,
                         const srv_route **out, srv_kv *params, int *nparams, char *scratch,
                         size_t scratch_len, char *allow, size_t allow_len)
{
    bool path_known = false;
    if (allow_len)
        allow[0] = '\0';
    const char *want = !strcmp(method, "HEAD") ? "GET" : method;
    for (const srv_route *r = routes; r->method; r++) {
        int np = 0;
        if (!match(r->pattern, path, params, &np, scratch, scratch_len))
            continue;
        if (!strcmp(r->method, want)) {
            *out = r;
            *nparams = np;
            return SRV_MATCH_OK;
        }
        path_known = true;
        size_t used = strlen(allow);
        if (!strstr(allow, r->method) && used + strlen(r->method) + 3 < allow_len)
            snprintf(allow + used, allow_len - used, "%s%s", used ? ", " : "", r->method);
    }
    *nparams = 0;
    return path_known ? SRV_MATCH_BAD_METHOD : SRV_MATCH_NOT_FOUND;
}
