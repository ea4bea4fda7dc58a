import BylineCore
import BylineTerminal
import BylineUI
import Foundation

/// Starts the terminal reader on a folder and returns the process exit status.
struct ReaderApp {
    var root: String
    var colorOption: ColorMode?
    var environment: [String: String]

    func run() throws -> Int32 {
        let config = ConfigFile.load(environment: environment)
        let corpus = MemoryCorpus(folder: root)
        let colorMode = ColorMode.resolve(option: colorOption, config: config.colorMode, environment: environment)
        let terminal = NcursesTerminal(colorMode: colorMode)
        do {
            try terminal.start()
        } catch {
            Output.error("\(error)")
            return 1
        }
        defer { terminal.stop() }
        var state = AppState(summaries: [], corpusName: corpus.name, width: terminal.size.width, height: terminal.size.height,
                             keyMap: config.keyMap, theme: config.theme, settings: config.settings)
        state.status = startMessage(config: config)
        let session = ReaderSession(state: state, backend: terminal, corpus: corpus, runner: ProcessRunner(environment: environment))
        let timings = environment["BYLINE_TIMINGS"].flatMap { $0.isEmpty ? nil : FrameTimings(path: $0, environment: environment) }
        if let timings { session.onFrame = timings.frame }
        let outcome = session.run()
        terminal.stop()
        timings?.finish()
        switch outcome {
        case .quit: return 0
        case .signal(let n): return 128 + n
        }
    }

    /// Mistakes in the config file explain surprises, so they come first.
    private func startMessage(config: ConfigFile) -> StatusMessage? {
        guard let first = config.errors.first else { return nil }
        let more = config.errors.count > 1 ? " (and \(config.errors.count - 1) more)" : ""
        return .error(first + more)
    }
}
