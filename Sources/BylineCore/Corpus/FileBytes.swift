import Foundation

/// Reads a whole file with plain POSIX calls, so failures carry the system's own reason
/// (`No such file or directory`, `Permission denied`) rather than Foundation's prose.
public enum FileBytes {
    struct Failure: Error {
        var reason: String
        /// Readable but not taken: the warning says "skipped" rather than "cannot read".
        var isSkip = false

        /// The warning for the file at `relativePath`.
        func warning(for relativePath: String) -> String {
            isSkip ? "\(relativePath): skipped, \(reason)" : "\(relativePath): cannot read file (\(reason))"
        }
    }

    /// The largest file taken for a report. Real reports are kilobytes; saved pages a few
    /// megabytes. Anything bigger is a dump or an accident, and reading it would cost memory.
    public static let sizeLimit: Int64 = 32 << 20

    /// The file's bytes, or the reason it could not be read (including being over `limit`).
    static func read(path: String, limit: Int64 = sizeLimit) throws(Failure) -> Data {
        // O_NONBLOCK: opening a named pipe must not wait for a writer; regular files ignore it.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(reason: "is a folder, not a report file") }
        if (st.st_mode & S_IFMT) != S_IFREG { throw Failure(reason: "not a regular file (a named pipe, socket or device)", isSkip: true) }
        if Int64(st.st_size) > limit { throw Failure(reason: tooLarge(Int64(st.st_size), limit: limit), isSkip: true) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            data.append(buffer, count: n)
            // The file may grow while we read it (a download still running).
            if Int64(data.count) > limit { throw Failure(reason: tooLarge(Int64(data.count), limit: limit), isSkip: true) }
        }
        return data
    }

    static func tooLarge(_ size: Int64, limit: Int64) -> String {
        "too large for a report (\(size >> 20) MB; the limit is \(limit >> 20) MB)"
    }
}
