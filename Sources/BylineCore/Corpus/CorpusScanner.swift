#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the report files in a corpus folder.
///
/// Dotfiles and dot-folders are ignored, symbolic links are followed but each folder is visited
/// once (so link loops end), and anything that cannot be read becomes a one-line warning instead
/// of stopping the walk. The order is by relative path, so ids and listings are stable.
public struct CorpusScanner: Sendable {
    /// The largest file read as a report; larger files are skipped with a warning.
    public var maxFileSize: Int64

    public init(maxFileSize: Int64 = FileBytes.sizeLimit) {
        self.maxFileSize = maxFileSize
    }

    public struct Result: Sendable {
        public var files: [CorpusFile]
        public var warnings: [String]
    }

    /// Walks `root` (a folder, or a single file) and returns the files and warnings.
    public func scan(root: String) -> Result {
        var result = Result(files: [], warnings: [])
        var st = stat()
        guard stat(root, &st) == 0 else {
            result.warnings.append("\(root): \(String(cString: strerror(errno)))")
            return result
        }
        if (st.st_mode & S_IFMT) != S_IFDIR {
            let name = root.split(separator: "/").last.map(String.init) ?? root
            let folder = String(decoding: root.utf8.dropLast(name.utf8.count), as: UTF8.self)
            if let file = file(path: root, folder: folder, relativePath: name, stat: st, warnings: &result.warnings) {
                result.files.append(file)
            }
            return result
        }
        var visited = Set<DirectoryIdentity>()
        let folder = root.hasSuffix("/") ? root : root + "/"
        walk(directory: root, relative: "", folder: folder, stat: st, visited: &visited, into: &result)
        result.files.sort { $0.relativePath < $1.relativePath }
        return result
    }

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Lists `directory`, which is `relative` below the root; `folder` is the root with a
    /// trailing `/`, kept by every file found instead of a whole path of its own.
    private func walk(directory: String, relative: String, folder: String, stat dirStat: stat,
                      visited: inout Set<DirectoryIdentity>, into result: inout Result) {
        guard visited.insert(DirectoryIdentity(device: UInt64(dirStat.st_dev), inode: UInt64(dirStat.st_ino))).inserted else {
            return  // a symbolic link loop or a second link to a folder already listed
        }
        guard let dir = opendir(directory) else {
            result.warnings.append("\(display(directory, relative)): cannot open folder (\(String(cString: strerror(errno))))")
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            // In place (`&`): copying `d_name` reads all 256 bytes, past the end of a short entry
            // at the end of readdir's buffer, which crashed on a folder of 100,000 files.
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(dir)
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard stat(path, &st) == 0 else {
                var lst = stat()
                if lstat(path, &lst) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK {
                    result.warnings.append("\(rel): broken symbolic link")
                } else {
                    result.warnings.append("\(rel): \(String(cString: strerror(errno)))")
                }
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                walk(directory: path, relative: rel, folder: folder, stat: st, visited: &visited, into: &result)
            case S_IFREG:
                if let file = file(path: path, folder: folder, relativePath: rel, stat: st, warnings: &result.warnings) {
                    result.files.append(file)
                }
            default:
                continue  // sockets, pipes and devices are never reports
            }
        }
    }

    /// The file at `path`, which is `folder` followed by `relativePath`, if it can be read.
    private func file(path: String, folder: String, relativePath: String, stat st: stat, warnings: inout [String]) -> CorpusFile? {
        if Int64(st.st_size) > maxFileSize {
            warnings.append("\(relativePath): skipped, \(FileBytes.tooLarge(Int64(st.st_size), limit: maxFileSize))")
            return nil
        }
        if access(path, R_OK) != 0 {
            warnings.append("\(relativePath): cannot read file (\(String(cString: strerror(errno))))")
            return nil
        }
        let nanos = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        return CorpusFile(folder: folder, relativePath: relativePath, size: Int64(st.st_size), modifiedNanoseconds: nanos)
    }

    private func display(_ path: String, _ relative: String) -> String {
        relative.isEmpty ? path : relative
    }
}
