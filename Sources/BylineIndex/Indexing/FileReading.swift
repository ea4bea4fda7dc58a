import BylineCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file's bytes with plain POSIX calls, so a failure carries the system's own reason
/// (`Permission denied`) for the warning.
public enum FileReading {
    public struct Failure: Error {
        public var reason: String
    }

    /// The file's bytes. The file may have changed since the scan: a named pipe put in its
    /// place must not block the run, and a file grown past `limit` (a download still running)
    /// must not be read into memory whole.
    public static func read(path: String, expectedSize: Int64, limit: Int64 = FileBytes.sizeLimit) throws(Failure) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw Failure(reason: "no longer a regular file") }
        var data = Data(count: Int(max(0, min(expectedSize, limit))) + 1)
        var filled = 0
        while true {
            if filled == data.count { data.count += max(4096, data.count) }
            let n = data.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
            if Int64(filled) > limit {
                throw Failure(reason: "grew past \(limit >> 20) MB while being read")
            }
        }
        data.count = filled
        return data
    }
}
