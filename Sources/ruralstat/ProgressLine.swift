import RuralStat
import Synchronization

/// The one progress line on standard error (SPEC §4: progress for work that takes over a
/// second, on a terminal; nothing extra on standard output).
///
/// Shown only when standard error is a terminal, or when `RURALSTAT_PROGRESS=1` forces it
/// (`0` keeps it off): never in pipes or CI. The line is redrawn in place (`\r`, then the
/// text, then "erase to the end of the line") when a stage begins and, while a file is read,
/// at most four times a second with the rows read so far. It is erased before anything else
/// is written to standard error (``StandardStreams/printError(_:)``) and before the outputs
/// are put in place, so results and errors start on a clean line.
final class ProgressLine: Sendable {
    /// What the command is doing.
    enum Stage: Sendable {
        /// Reading a file: its name and the rows read so far.
        case reading(file: String, rows: Int)
        /// Checking the files' rows against each other (`validate`).
        case checking
        /// Computing the analysis of a command.
        case analysing
        /// Fitting a model on so many rows.
        case fitting(rows: Int)
        /// Drawing forecasts.
        case forecasting
        /// Rendering and writing the output.
        case writing
        /// Generating a synthetic panel of so many households.
        case generating(households: Int)

        /// The line in `language`; both texts are written here.
        func text(in language: Language) -> String {
            func count(_ n: Int) -> String { NumberFormatting.grouped(Double(n), decimals: 0) }
            return switch (self, language) {
            case (.reading(let file, 0), .en): "reading \(file) …"
            case (.reading(let file, 0), .zh): "正在读取 \(file) …"
            case (.reading(let file, let rows), .en): "reading \(file) … \(count(rows)) rows"
            case (.reading(let file, let rows), .zh): "正在读取 \(file) … \(count(rows)) 行"
            case (.checking, .en): "checking the rows …"
            case (.checking, .zh): "正在检查记录 …"
            case (.analysing, .en): "computing …"
            case (.analysing, .zh): "正在计算 …"
            case (.fitting(let rows), .en): "fitting on \(count(rows)) rows …"
            case (.fitting(let rows), .zh): "正在拟合（\(count(rows)) 行）…"
            case (.forecasting, .en): "forecasting …"
            case (.forecasting, .zh): "正在预测 …"
            case (.writing, .en): "writing …"
            case (.writing, .zh): "正在写出结果 …"
            case (.generating(let households), .en): "generating \(count(households)) households …"
            case (.generating(let households), .zh): "正在生成 \(count(households)) 户 …"
            }
        }
    }

    /// The progress line of this process.
    static let shared = ProgressLine(isShown: StandardStreams.showsProgress)

    /// The shortest time between two redraws of a count.
    static let redrawInterval = Duration.milliseconds(250)

    private struct State {
        var language = Language.en
        var stage: Stage?
        var isDrawn = false
        var lastDraw = ContinuousClock.now
    }

    /// Whether the line is shown at all.
    let isShown: Bool
    private let state = Mutex(State())

    private init(isShown: Bool) {
        self.isShown = isShown
    }

    /// The language of the line (`--lang`).
    func use(_ language: Language) {
        state.withLock { $0.language = language }
    }

    /// Begins `stage`, drawn at once.
    func begin(_ stage: Stage) {
        guard isShown else { return }
        state.withLock { state in
            state.stage = stage
            draw(&state)
        }
    }

    /// Reading `path`: its last path component, and a counter for ``ReadOptions/progress``
    /// (`nil` when the line is not shown, so the reader does not count).
    func reading(_ path: String) -> (@Sendable (Int) -> Void)? {
        guard isShown else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        begin(.reading(file: name, rows: 0))
        return { [self] rows in
            state.withLock { state in
                guard case .reading(let file, let before)? = state.stage else { return }
                state.stage = .reading(file: file, rows: before + rows)
                if ContinuousClock.now - state.lastDraw >= Self.redrawInterval { draw(&state) }
            }
        }
    }

    /// Erases the line, if drawn (before other text on standard error, and at the end).
    func clear() {
        guard isShown else { return }
        state.withLock { state in
            guard state.isDrawn else { return }
            StandardStreams.writeError("\r\u{1B}[K")
            state.isDrawn = false
        }
    }

    private func draw(_ state: inout State) {
        guard let stage = state.stage else { return }
        StandardStreams.writeError("\r" + stage.text(in: state.language) + "\u{1B}[K")
        state.isDrawn = true
        state.lastDraw = .now
    }
}
