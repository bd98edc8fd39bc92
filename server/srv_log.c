/* srv_log.c — see srv_log.h. */
#include "srv_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

void srv_log(const char *level, const char *fmt, ...)
{
    char ts[32], line[1024];
    struct timespec now;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    for (char *c = line; *c; c++) /* client bytes (paths, ...) cannot forge log lines */
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            *c = '?';
    fprintf(stderr, "%s.%03ldZ gleanerd %s: %s\n", ts, now.tv_nsec / 1000000, level, line);
}
