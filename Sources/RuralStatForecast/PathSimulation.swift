import Foundation
import RuralStatLinearAlgebra

/// The seeded simulation of every household's pci path and of the group sums over them.
///
/// Path of household h, draw d, year k = 1…H on the log scale:
///   sₖ = meanₕ(state of year k − 1) + u_g,k,d + σₕ·zₕ,k,d,
/// the mean moving with the state by ``HouseholdPaths``' slopes (hinges included),
/// where u = η_k,d + ν_g,k,d is the shared shock: the county-wide year effect η (a random walk
/// from the latest origin year's effect, innovations N(0, σ²) with σ drawn once per path from its posterior, ``CommonShock/innovationSD(drawing:)``) plus its
/// township's shock ν ~ N(0, σ_u²) (one per township, year and draw) and the error of its
/// township effect (``CommonShock/effectErrorVariance``, one per township and draw); z comes from the
/// ``Retransformation``'s law.
/// pciₖ = transform⁻¹(sₖ). Each household has its own random stream (stream = its position
/// + 1; the shocks use stream 0), so results do not depend on how work is split over threads:
/// households are processed in fixed blocks whose sums are added in block order.
struct PathSimulation: Sendable {
    /// A group sum's simulated PCI: `pci[k][d]`, with the origin PCI of the same households.
    struct Aggregate {
        var pci: [[Double]]
        var originPCI: Double
    }

    /// One household's summary for one year.
    struct HouseholdSummary {
        var mean: Double
        var intervals: [(Double, Double)]
    }

    let paths: HouseholdPaths
    let transform: IncomeTransform
    let noise: NoiseSampler
    let shock: CommonShock
    let settings: ForecastSettings

    /// The households per block, and the number of block sums kept apart (fixed, so the order
    /// of additions does not depend on the machine).
    private static let blockSize = 1024
    private static let lanes = 4

    /// Simulates.
    ///
    /// - Parameters:
    ///   - aggregates: for each household, the aggregates (group sums) it belongs to.
    ///   - aggregateCount: the number of aggregates.
    ///   - presence: `presence[k][h]`: whether household h counts in the sums of year k
    ///     (a back-test counts only households observed then); `nil` counts every household.
    ///   - householdSummaries: whether to summarise each household.
    func run(
        aggregates: [[Int]], aggregateCount: Int, presence: [[Bool]]?, householdSummaries: Bool
    ) -> (aggregates: [Aggregate], households: [[HouseholdSummary]]) {
        let n = paths.rows.count, horizon = settings.horizon, draws = settings.draws
        // The fits are done: OpenBLAS's idle workers would spin (sched_yield) on the cores the
        // simulation's lanes need (14% of the samples of a 1M-row forecast).
        BLASThreads.parkWorkers()
        // Common shocks: [cell][k][d].
        var shockStream = ForecastRandom(seed: settings.seed, stream: 0)
        var year = [Double](repeating: shock.latestYearEffect, count: horizon * draws)
        let townshipSD = shock.variance.squareRoot()
        for d in 0..<draws {
            var eta = shock.latestYearEffect
            let innovationSD = shock.innovationSD(drawing: &shockStream)
            for k in 0..<horizon {
                if innovationSD > 0 { eta += innovationSD * shockStream.normal() }
                year[k * draws + d] = eta
            }
        }
        // Per township and draw: the error of its effect, shared by every year ahead, then each
        // year's new shock.
        let effectErrorSD = shock.effectErrorVariance.squareRoot()
        var shockDraws = [Double](repeating: 0, count: paths.shockCells * horizon * draws)
        for cell in 0..<paths.shockCells {
            for d in 0..<draws {
                let effectError = effectErrorSD > 0 ? effectErrorSD * shockStream.normal() : 0
                for k in 0..<horizon {
                    shockDraws[(cell * horizon + k) * draws + d] = year[k * draws + d] + effectError
                        + (townshipSD > 0 ? townshipSD * shockStream.normal() : 0)
                }
            }
        }
        let blocks = (n + Self.blockSize - 1) / Self.blockSize
        let laneSize = aggregateCount * horizon * draws
        let collector = Collector(lanes: Self.lanes, households: householdSummaries ? n : 0)
        let shocks = shockDraws
        // The county's mean log pci in year k of draw d, from the origin's: Σⱼ≤ₖ (ḡ + ηⱼ,d).
        var countyShift = [Double](repeating: 0, count: horizon * draws)
        for d in 0..<draws {
            var total = 0.0
            for k in 0..<horizon {
                total += paths.countyGrowth + year[k * draws + d]
                countyShift[k * draws + d] = total
            }
        }
        let county = countyShift
        DispatchQueue.concurrentPerform(iterations: Self.lanes) { lane in
            var sums = [Double](repeating: 0, count: laneSize)
            var local: [(Int, [HouseholdSummary])] = []
            var buffer = [Double](repeating: 0, count: horizon * draws)
            let table = self.noise.table
            sums.withUnsafeMutableBufferPointer { sums in
            buffer.withUnsafeMutableBufferPointer { buffer in
            shocks.withUnsafeBufferPointer { shocks in
            county.withUnsafeBufferPointer { county in
            table.withUnsafeBufferPointer { table in
                var block = lane
                while block < blocks {
                    for h in (block * Self.blockSize)..<min(n, (block + 1) * Self.blockSize) {
                        self.household(h, shocks: shocks, county: county, table: table, into: buffer)
                        let v = self.paths.personWeight[h]
                        for k in 0..<horizon where presence?[k][h] ?? true {
                            for a in aggregates[h] {
                                let offset = (a * horizon + k) * draws
                                for d in 0..<draws { sums[offset + d] += v * buffer[k * draws + d] }
                            }
                        }
                        if householdSummaries { local.append((h, self.summarise(buffer))) }
                    }
                    block += Self.lanes
                }
            }
            }
            }
            }
            }
            collector.store(lane: lane, sums: sums, summaries: local)
        }
        let laneSums = collector.laneSums
        // Denominators and origin PCI.
        var weight = [Double](repeating: 0, count: aggregateCount * horizon)
        var originNumerator = [Double](repeating: 0, count: aggregateCount)
        var originWeight = [Double](repeating: 0, count: aggregateCount)
        for h in 0..<n {
            for a in aggregates[h] {
                originNumerator[a] += paths.personWeight[h] * paths.pci[h]
                originWeight[a] += paths.personWeight[h]
                for k in 0..<horizon where presence?[k][h] ?? true { weight[a * horizon + k] += paths.personWeight[h] }
            }
        }
        var result: [Aggregate] = []
        for a in 0..<aggregateCount {
            var pci = [[Double]](repeating: [], count: horizon)
            for k in 0..<horizon {
                let offset = (a * horizon + k) * draws
                let w = weight[a * horizon + k]
                pci[k] = (0..<draws).map { d in
                    var total = 0.0
                    for lane in 0..<Self.lanes { total += laneSums[lane][offset + d] }
                    return w > 0 ? total / w : .nan
                }
            }
            result.append(Aggregate(pci: pci, originPCI: originWeight[a] > 0 ? originNumerator[a] / originWeight[a] : .nan))
        }
        return (result, collector.summaries)
    }

    /// Where the lanes leave their results.
    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var laneSums: [[Double]]
        private(set) var summaries: [[HouseholdSummary]]

        init(lanes: Int, households: Int) {
            laneSums = Array(repeating: [], count: lanes)
            summaries = Array(repeating: [], count: households)
        }

        func store(lane: Int, sums: [Double], summaries local: [(Int, [HouseholdSummary])]) {
            lock.lock()
            defer { lock.unlock() }
            laneSums[lane] = sums
            for (h, summary) in local { summaries[h] = summary }
        }
    }

    /// Household h's simulated pci, `buffer[k * draws + d]`.
    @inline(__always)
    private func household(
        _ h: Int, shocks: UnsafeBufferPointer<Double>, county: UnsafeBufferPointer<Double>, table: UnsafeBufferPointer<Double>,
        into buffer: UnsafeMutableBufferPointer<Double>
    ) {
        let horizon = settings.horizon, draws = settings.draws
        var random = ForecastRandom(seed: settings.seed, stream: UInt64(h) + 1)
        let p = paths
        let cellOffset = p.shockCell[h] * horizon * draws
        let lowest = transform.lowestValue, shift = transform.shift
        let base = p.base[h], sigma = p.sigma[h] * noise.scale, origin = p.pci[h]
        let slopeState = p.slopeState[h], slopeDrop = p.slopeDrop[h], slopeNonpositive = p.slopeNonpositive[h]
        let state = p.state[h], drop0 = p.drop[h], nonpositive0 = p.nonpositive[h]
        let spline = p.spline, knots = spline.knots.count
        func hinges(_ s: Double) -> Double {
            var total = 0.0
            for j in 0..<knots { total += p.slopeHinge[h * knots + j] * spline.hinge(j, s) }
            return total
        }
        let centre0 = p.originCentre
        let hinges0 = horizon > 1 ? hinges(state - centre0) : 0
        let tableCount = table.count
        for d in 0..<draws {
            var mean = base
            var previous = origin
            for k in 0..<horizon {
                let z = table[random.index(below: tableCount)]
                let s = mean + shocks[cellOffset + k * draws + d] + sigma * z
                let pci = exp(s) - shift
                buffer[k * draws + d] = pci
                if k + 1 < horizon {
                    let drop: Double = previous > 0 && pci / previous - 1 <= -ForecastDesign.suddenDrop ? 1 : 0
                    let nonpositive: Double = pci <= 0 ? 1 : 0
                    // log_pci next year is measured from the county's simulated mean.
                    let shift = county[k * draws + d]
                    let next = Swift.max(s, lowest) - shift
                    mean = base + shift + slopeState * (next - state) + hinges(next - centre0) - hinges0
                        + slopeDrop * (drop - drop0) + slopeNonpositive * (nonpositive - nonpositive0)
                    previous = pci
                }
            }
        }
    }

    /// Mean and intervals of each year's draws (reorders the buffer).
    private func summarise(_ all: UnsafeMutableBufferPointer<Double>) -> [HouseholdSummary] {
        let draws = settings.draws
        return (0..<settings.horizon).map { k in
            let values = UnsafeMutableBufferPointer(rebasing: all[(k * draws)..<((k + 1) * draws)])
            let total = values.reduce(0, +)
            return HouseholdSummary(mean: total / Double(draws), intervals: DrawSummary.intervals(values, levels: settings.levels))
        }
    }
}

extension PathSimulation {
    /// The simulation of `paths` with `model`'s household noise (by `settings`'
    /// retransformation of its standardized residuals) and common shocks.
    init(paths: HouseholdPaths, model: HouseholdModel, transform: IncomeTransform, settings: ForecastSettings) {
        self.init(
            paths: paths, transform: transform,
            noise: NoiseSampler(settings.retransformation, residuals: model.standardizedResiduals),
            shock: model.commonShock, settings: settings)
    }
}
