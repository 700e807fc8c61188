import Foundation
import RuralStatText

/// The bundled sample panel (`Datasets/sample`): 3,000 households of 青山县, 2019–2024.
///
/// The sample is what `ruralstat synth` makes from a fixed recipe (``config``), so it is not
/// shipped as files next to the program: it is regenerated, byte for byte the committed
/// `Datasets/sample` files (a test checks it), and written once into a cache folder named by
/// the bytes' fingerprint. A release binary copied anywhere therefore runs every command on
/// the sample, and library users can read it with ``directory()`` like any other files.
public enum BundledSample {
    /// The recipe: `ruralstat synth --count 3000 --first-year 2019 --last-year 2024 --seed 20240601`.
    public static let config = SynthConfig(households: 3000, firstYear: 2019, lastYear: 2024, seed: 20240601)

    /// FNV-1a (64-bit) of households.csv, workers.csv and lines.json, in that order. When the
    /// generator's model changes, the committed files are made again and this value with them
    /// (the test of this type says so), which also moves the cache to a new folder.
    public static let fingerprint: UInt64 = 0x422a_d22e_ffbe_4fbf

    /// The sample panel, generated.
    public static func panel() -> SyntheticPanel {
        // The recipe is valid, so generating cannot fail.
        try! SyntheticPanel.generate(config)
    }

    /// FNV-1a (64-bit) of the bytes of `files`, in order.
    public static func fingerprint(of files: [[UInt8]]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for bytes in files {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        return hash
    }

    /// The folder holding `households.csv`, `workers.csv` and `lines.json` of the sample:
    /// `$RURALSTAT_SAMPLE_DIR` when set, else `ruralstat/sample-<fingerprint>` in the user's
    /// cache folder (`$XDG_CACHE_HOME`, else `~/.cache`, else the temporary folder), written
    /// on first use.
    ///
    /// The files are written into a fresh folder that is then renamed into place, so
    /// processes starting together never see a half-written sample.
    /// - Throws: ``SyntheticPanel/WriteError`` when the cache folder cannot be written.
    public static func directory() throws(SyntheticPanel.WriteError) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["RURALSTAT_SAMPLE_DIR"] { return override }
        let cache = environment["XDG_CACHE_HOME"].map(URL.init(fileURLWithPath:))
            ?? environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".cache") }
            ?? FileManager.default.temporaryDirectory
        let folder = cache.appendingPathComponent("ruralstat")
            .appendingPathComponent("sample-" + String(fingerprint, radix: 16))
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.appendingPathComponent("lines.json").path) { return folder.path }
        let staging = folder.deletingLastPathComponent().appendingPathComponent(".staging-\(UUID().uuidString)")
        try panel().write(to: staging.path)
        do {
            try manager.moveItem(at: staging, to: folder)
        } catch {
            // Another process put the sample in place first; keep its copy.
            try? manager.removeItem(at: staging)
            guard manager.fileExists(atPath: folder.appendingPathComponent("lines.json").path) else {
                throw SyntheticPanel.WriteError(path: folder.path, reason: "cannot move the sample into place", "无法把样例数据移到位")
            }
        }
        return folder.path
    }

}
