/* gx_tsv.c — see gx_tsv.h. */
#include "gx_tsv.h"

#include <errno.h>
#include <string.h>

int gx_tsv_split(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    for (int i = n; i < max; i++)
        f[i] = "";
    return n;
}

bool gx_tsv_data_line(char *line)
{
    size_t n = strlen(line);
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
    return n > 0 && line[0] != '#';
}

FILE *gx_tsv_open(const char *dir, const char *rel, gl_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : ".", rel);
    FILE *f = fopen(path, "r");
    if (!f && err)
        gl_error_set(err, 500, "cannot open %s: %s", path, strerror(errno));
    return f;
}
