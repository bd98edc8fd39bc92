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
