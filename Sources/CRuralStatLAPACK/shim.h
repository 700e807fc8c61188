// The C interfaces RuralStat calls: LAPACKE (from liblapacke-dev) over the LAPACK
// implementation of OpenBLAS, and OpenBLAS's CBLAS (cblas.h is found through
// `pkg-config openblas`, which points into the openblas-pthread include folder).
#ifndef CRURALSTAT_LAPACK_SHIM_H
#define CRURALSTAT_LAPACK_SHIM_H
#include <lapacke.h>
#include <cblas.h>

// OpenBLAS (pthreads build) exports this without declaring it in cblas.h: it stops the worker
// threads, which the next BLAS call starts again.
int blas_thread_shutdown_(void);
#endif
