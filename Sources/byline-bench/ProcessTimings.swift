import Foundation

/// Runs programs as a user's shell would and times each run from spawn to exit.
///
/// `posix_spawn` straight away, with output to /dev/null: Foundation's `Process` adds threads
/// and pipes whose cost would be counted as the program's.
enum ProcessTimings {
    /// Wall-clock seconds for one run of `arguments[0]` with the rest as its arguments; the
    /// exit status is returned too.
    static func run(_ arguments: [String]) -> (seconds: Double, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        var status: Int32 = 0
        let seconds = Timing.seconds {
            guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
                status = -1
                return
            }
            waitpid(pid, &status, 0)
        }
        return (seconds, status == -1 ? -1 : (status >> 8) & 0xFF)
    }

    /// The times of `byline search` for each query, whole process.
    static func searches(byline: String, corpus: String, index: String, queries: [[String]]) throws -> [Double] {
        try queries.map { words in
            let (seconds, status) = run([byline, "search", "--dir", corpus, "--index", index, "--limit", "10"] + words)
            guard status == 0 else { throw BenchError("byline search \(words.joined(separator: " ")) exited with status \(status)") }
            return seconds
        }
    }

    /// p50 / p90 / p99 of `times`.
    static func percentiles(_ times: [Double]) -> String {
        "p50 \(Timing.ms(Timing.percentile(times, 50))), p90 \(Timing.ms(Timing.percentile(times, 90))), p99 \(Timing.ms(Timing.percentile(times, 99)))"
    }

    /// Empties the page cache, when this process may (root, and a kernel that allows it).
    static func dropCaches() -> Bool {
        sync()
        guard let handle = FileHandle(forWritingAtPath: "/proc/sys/vm/drop_caches") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("3\n".utf8))
            return true
        } catch {
            return false
        }
    }

    /// The path of a program on `PATH`, or nil.
    static func which(_ program: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(program)"
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }
}
