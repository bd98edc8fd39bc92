/* gx_tsv.c — see gx_tsv.h. */
#include "gx_tsv.h"

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
