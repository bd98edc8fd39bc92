/* bench_clock.h — the clocks and the memory reading every benchmark in bench/ uses. */
#ifndef BENCH_CLOCK_H
#define BENCH_CLOCK_H

double bench_wall(void);   /* seconds, CLOCK_MONOTONIC                                   */
double bench_cpu(void);    /* seconds of this thread's CPU time (CLOCK_THREAD_CPUTIME_ID):
                            * what "per core" means on a shared, loaded machine          */
long bench_rss_kb(void);   /* resident set size of this process in kB (VmRSS), -1 unknown */

#endif
