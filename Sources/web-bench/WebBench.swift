import BylineCore
import Foundation

/// `make bench-web`: how long Byline takes to read one saved web page, in process.
///
///     web-bench [PAGES_DIR] [--rounds N] [--dump OUT_DIR] [--without-entities]
///
/// PAGES_DIR holds one folder per page with a `source.html` (default: the development set in
/// `../shared/eval/web-pages/pages`). Every page is read N times (default 20) after one
/// warm-up read; each page's time is the median of its rounds, and the line printed gives
/// the median, 90th percentile and slowest of those per-page times. A second line gives the
/// same figures in CPU time of the reading thread, which a busy machine disturbs far less than
/// the clock on the wall. Never part of `make test`.
///
/// `--dump OUT_DIR` also writes every page's reading (the articles, every field) to
/// `OUT_DIR/NAME.txt`, so two builds can be compared page by page (`diff -r`) after a change
/// meant only to be faster.
///
/// `--without-entities` reads the pages without entity recognition, to show its share of
/// the time; the figures the target is about include it (it is part of reading).
@main
struct WebBench {
    static func main() throws {
        var folder = "../shared/eval/web-pages/pages"
        var rounds = 20
        var dumpFolder: String?
        var recognizes = true
        var args = CommandLine.arguments.dropFirst()
        while let arg = args.popFirst() {
            switch arg {
            case "--rounds": rounds = args.popFirst().flatMap(Int.init) ?? rounds
            case "--dump": dumpFolder = args.popFirst()
            case "--without-entities": recognizes = false
            case _ where !arg.hasPrefix("-"): folder = arg
            default:
                print("usage: web-bench [PAGES_DIR] [--rounds N] [--dump OUT_DIR] [--without-entities]")
                exit(2)
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
        let pages = names.compactMap { name -> (String, Data)? in
            let path = folder + "/" + name + "/source.html"
            return FileManager.default.contents(atPath: path).map { (name, $0) }
        }
        guard !pages.isEmpty else {
            print("web-bench: no page folders with a source.html in \(folder); name the folder of pages as the first argument")
            exit(1)
        }
        let loader = recognizes ? ArticleLoader() : ArticleLoader(recognizer: nil)
        var perPage: [(name: String, seconds: Double)] = []
        var cpuPerPage: [Double] = []
        for (name, data) in pages {
            let first = loader.load(data: data, path: name + ".html", relativePath: name + ".html")
            if let dumpFolder {
                var text = ""
                dump(first.articles, to: &text)
                if let failure = first.failure { text += "failure: \(failure)\n" }
                try Data(text.utf8).write(to: URL(fileURLWithPath: dumpFolder + "/" + name + ".txt"))
            }
            var samples: [Double] = []
            var cpuSamples: [Double] = []
            for _ in 0..<rounds {
                let cpuStart = threadCPUSeconds()
                let start = ContinuousClock.now
                _ = loader.load(data: data, path: name + ".html", relativePath: name + ".html")
                let d = ContinuousClock.now - start
                cpuSamples.append(threadCPUSeconds() - cpuStart)
                samples.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
            }
            perPage.append((name, samples.sorted()[samples.count / 2]))
            cpuPerPage.append(cpuSamples.sorted()[cpuSamples.count / 2])
        }
        let times = perPage.map(\.seconds).sorted()
        let bytes = pages.reduce(0) { $0 + $1.1.count }
        func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
        print("web pages: \(pages.count) pages (\(bytes / 1024) KB), \(rounds) rounds each, load average \(load)"
            + (recognizes ? "" : ", without entity recognition"))
        print("per page: median \(ms(times[times.count / 2])), p90 \(ms(times[min(times.count - 1, times.count * 9 / 10)])), slowest \(ms(times.last!))")
        let cpu = cpuPerPage.sorted()
        print("CPU time per page: median \(ms(cpu[cpu.count / 2])), p90 \(ms(cpu[min(cpu.count - 1, cpu.count * 9 / 10)])), slowest \(ms(cpu.last!))")
        let slowest = perPage.sorted { $0.seconds > $1.seconds }.prefix(5).map { "\($0.name) \(ms($0.seconds))" }
        print("slowest pages: " + slowest.joined(separator: ", "))
    }
}

/// CPU time the calling thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
