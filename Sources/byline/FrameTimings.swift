import Foundation

/// Frame times for `make bench-ui`, written when `BYLINE_TIMINGS` names a file: the time from
/// launch (`BYLINE_LAUNCH_NS`, wall clock) to each startup step and to the first frame, the
/// CPU time the process had used by then, each input-to-frame time, and the peak resident
/// memory at exit. One `key value` line each.
final class FrameTimings {
    private let path: String
    private let launch: UInt64?
    private var lines: [String] = []
    private var framed = false

    init(path: String, environment: [String: String]) {
        self.path = path
        launch = environment["BYLINE_LAUNCH_NS"].flatMap(UInt64.init)
    }

    /// The timings file named by `BYLINE_TIMINGS`, if any.
    static func fromEnvironment(_ environment: [String: String]) -> FrameTimings? {
        environment["BYLINE_TIMINGS"].flatMap { $0.isEmpty ? nil : FrameTimings(path: $0, environment: environment) }
    }

    /// Notes that startup step `name` is done: `step-ms NAME MS`, milliseconds since launch.
    func mark(_ name: String) {
        if let ms = sinceLaunch() { lines.append("step-ms \(name) \(ms)") }
    }

    func frame(_ nanoseconds: UInt64) {
        if !framed {
            framed = true
            if let ms = sinceLaunch() { lines.append("first-frame-ms \(ms)") }
            // CPU time, unlike the wall clock, hardly grows when other work shares the cores.
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            lines.append("first-frame-cpu-ms \(Self.milliseconds(usage.ru_utime) + Self.milliseconds(usage.ru_stime))")
        }
        if nanoseconds > 0 { lines.append("frame-ms \(Double(nanoseconds) / 1e6)") }
    }

    func finish() {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        if let hwm = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
            lines.append("peak-rss-kb \(hwm.split(separator: " ", omittingEmptySubsequences: true)[1])")
        }
        try? (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    private static func milliseconds(_ t: timeval) -> Double {
        Double(t.tv_sec) * 1e3 + Double(t.tv_usec) / 1e3
    }

    private func sinceLaunch() -> Double? {
        guard let launch else { return nil }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let now = UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
        return now >= launch ? Double(now - launch) / 1e6 : nil
    }
}
