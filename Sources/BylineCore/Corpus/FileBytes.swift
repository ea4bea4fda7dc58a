import Foundation

/// Reads a whole file with plain POSIX calls, so failures carry the system's own reason
/// (`No such file or directory`, `Permission denied`) rather than Foundation's prose.
enum FileBytes {
    struct Failure: Error {
        var reason: String
    }

    /// The file's bytes, or the reason it could not be read. Reads at most `limit` bytes.
    static func read(path: String, limit: Int = 64 << 20) throws(Failure) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(reason: "is a folder, not a report file") }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count < limit {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, min($0.count, limit - data.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            data.append(buffer, count: n)
        }
        return data
    }
}
