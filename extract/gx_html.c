/* gx_html.c — PLACEHOLDER until HTML input lands (issue 8). */
#include "gx_html.h"

#include <stdlib.h>
#include <string.h>

int gx_html_extract(const char *bytes, size_t len, const char *charset, gx_html_result *out,
                    gl_error *err)
{
    (void)bytes;
    (void)len;
    (void)charset;
    memset(out, 0, sizeof *out);
    return gl_error_set(err, 415, "text/html input is not supported yet");
}

void gx_html_result_cleanup(gx_html_result *r)
{
    if (!r)
        return;
    free(r->title);
    free(r->body);
    free(r->published_at);
    free(r->outlet);
    free(r->url);
    for (int i = 0; i < r->nauthors; i++)
        free(r->authors[i]);
    for (int i = 0; i < r->nwarnings; i++)
        free(r->warnings[i]);
    memset(r, 0, sizeof *r);
}
