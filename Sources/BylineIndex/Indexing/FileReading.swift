import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file's bytes with plain POSIX calls, so a failure carries the system's own reason
/// (`Permission denied`) for the warning.
enum FileReading {
    struct Failure: Error {
        var reason: String
    }

    static func read(path: String, expectedSize: Int64) throws(Failure) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var data = Data(count: Int(max(0, expectedSize)) + 1)
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
        }
        data.count = filled
        return data
    }
}
