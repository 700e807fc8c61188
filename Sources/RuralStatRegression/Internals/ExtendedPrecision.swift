/// The wider floating-point type for sums that must not lose the digits of `Double`:
/// residuals in iterative refinement and the continued fraction of the incomplete beta.
///
/// On x86-64 this is the x87 80-bit `Float80` (64-bit significand, 11 more bits than
/// `Double`). Elsewhere (ARM64) Swift has no wider hardware type and it falls back to
/// `Double`: results stay correct but lose up to three digits on the hardest problems (the
/// NIST Filip and Wampler sets); RuralStat's accuracy figures are for x86-64.
#if arch(x86_64)
typealias Extended = Float80
#else
typealias Extended = Double
#endif
