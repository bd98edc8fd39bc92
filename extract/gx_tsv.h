/* gx_tsv.h — splitting the lines of the engine's plain-text data files (the TSV files in data/). */
#ifndef GX_TSV_H
#define GX_TSV_H

#include <stdbool.h>
#include <stdio.h>

#include "gl_error.h"

/* Open the data file dir/rel for reading. NULL when it cannot be opened, with the reason in err
 * (500: the data folder is part of the installation) when err is not NULL. The caller fcloses. */
FILE *gx_tsv_open(const char *dir, const char *rel, gl_error *err);

/* Split line in place at TABs into at most max fields (f[0..max)); fields past the last one
 * found are set to "". Returns the number of fields found (>= 1). */
int gx_tsv_split(char *line, char **f, int max);

/* Strip line's end of line (\n, \r\n) in place; false for a line that holds no data (empty, or
 * a '#' comment), which the reader skips. */
bool gx_tsv_data_line(char *line);

#endif
