/// The wider floating-point type for sums that must not lose the digits of `Double`: sums of
/// squares of a fit and the continued fraction of the incomplete beta.
///
/// On x86-64 this is the x87 80-bit `Float80` (64-bit significand, 11 more bits than
/// `Double`). Elsewhere (ARM64) Swift has no wider hardware type and it falls back to
/// `Double`: sums of squares lose a digit or two on the hardest problems and p-values with a
/// million degrees of freedom about five; RuralStat's accuracy figures are for x86-64. (The
/// refinement of least-squares solutions does not depend on it: it uses compensated
/// `Double` arithmetic, ``CompensatedArithmetic``.)
#if arch(x86_64)
typealias Extended = Float80
#else
typealias Extended = Double
#endif
