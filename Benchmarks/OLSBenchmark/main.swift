// ruralstat-bench-ols: times RuralStat's least-squares fit with HC1 standard errors against a
// bare LAPACK dgels on the same design, in one process, release build.
//
// usage: ruralstat-bench-ols X.bin y.bin n p [reps]
//   X.bin: n·p little-endian doubles, column-major (Fortran order); y.bin: n doubles.
// Prints one JSON object: median seconds of each step and the largest relative difference
// between the two solutions. Benchmarks/ols.py generates the files and runs this.
import BenchmarkTiming
import Foundation
import RuralStatLinearAlgebra
import RuralStatRegression

/// Reads `count` little-endian doubles straight into the array (no intermediate buffer, so
/// the peak memory is the design's own).
func readDoubles(_ path: String, count: Int) -> [Double] {
    guard let file = fopen(path, "rb") else {
        FileHandle.standardError.write(Data("cannot open \(path)\n".utf8))
        exit(64)
    }
    defer { fclose(file) }
    let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialised in
        initialised = fread(buffer.baseAddress, 8, count, file)
    }
    guard values.count == count else {
        FileHandle.standardError.write(Data("\(path) holds fewer than \(count) doubles\n".utf8))
        exit(65)
    }
    return values  // every platform Swift runs RuralStat on is little-endian
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, let n = Int(arguments[3]), let p = Int(arguments[4]) else {
    FileHandle.standardError.write(Data("usage: ruralstat-bench-ols X.bin y.bin n p [reps]\n".utf8))
    exit(64)
}
let reps = arguments.count > 5 ? Int(arguments[5]) ?? 3 : 3
let design = Matrix(rows: n, columns: p, columnMajor: readDoubles(arguments[1], count: n * p))
let response = readDoubles(arguments[2], count: n)

var times: [String: [Double]] = ["dgels": [], "dgeqp3": [], "fit": [], "hc1": [], "fit_plus_hc1": []]
var dgelsSolution: [Double] = []
var ours: [Double] = []
for _ in 0..<reps {
    times["dgels"]!.append(try seconds { dgelsSolution = try design.leastSquaresSolution(response) })
    // For reference: pivoted QR of the whole design, which the fit avoids (see TwoStageQR).
    times["dgeqp3"]!.append(try seconds { _ = try PivotedQR(design) })
    var fit: LinearFit?
    let fitTime = try seconds { fit = try LinearFit(design: design, response: response) }
    let hcTime = try seconds { _ = try fit!.standardErrors(.hc1) }
    ours = fit!.coefficients
    times["fit"]!.append(fitTime)
    times["hc1"]!.append(hcTime)
    times["fit_plus_hc1"]!.append(fitTime + hcTime)
}
let difference = zip(ours, dgelsSolution).map { abs($0 - $1) / max(abs($1), 1e-300) }.max() ?? .nan
let medians = times.keys.sorted().map { "\"\($0)\": \(median(times[$0]!))" }.joined(separator: ", ")
print("{\"n\": \(n), \"p\": \(p), \"threads\": \(BLASThreads.count), \(medians), \"max_rel_diff_vs_dgels\": \(difference)}")
