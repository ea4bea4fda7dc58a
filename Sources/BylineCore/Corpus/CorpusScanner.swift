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
        /// Every folder listed (the root as ""), with its modification time as `stat` gave it
        /// before the folder was listed: a later change to the folder moves its time on.
        public var folders: [CorpusFolder] = []
        /// Subfolders seen but not listed (a partial scan leaves known ones to their own check).
        public var subfolders: [String] = []
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

    /// Lists only the folders named in `folders` (paths below `root`, "" for the root itself):
    /// their files, and every subfolder not in `known`, in full (a new or renamed folder).
    /// Subfolders in `known` are left to their own check; the ones listed are in `subfolders`,
    /// so a known subfolder that is missing there is gone. A named folder that no longer exists
    /// gives no warning: it is simply not among `folders` in the result.
    public func scan(root: String, folders named: [String], known: Set<String>) -> Result {
        var result = Result(files: [], warnings: [])
        let base = root.hasSuffix("/") ? root : root + "/"
        var visited = Set<DirectoryIdentity>()
        for relative in named {
            let path = relative.isEmpty ? root : base + relative
            var st = stat()
            guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { continue }
            walk(directory: path, relative: relative, folder: base, stat: st, visited: &visited, into: &result,
                 descendInto: { !known.contains($0) })
        }
        result.files.sort { $0.relativePath < $1.relativePath }
        return result
    }

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Lists `directory`, which is `relative` below the root; `folder` is the root with a
    /// trailing `/`, kept by every file found instead of a whole path of its own.
    /// `descendInto` says which subfolders (by relative path) are listed too; `subfolders`
    /// collects the ones it declined.
    private func walk(directory: String, relative: String, folder: String, stat dirStat: stat,
                      visited: inout Set<DirectoryIdentity>, into result: inout Result,
                      descendInto: (String) -> Bool = { _ in true }) {
        guard visited.insert(DirectoryIdentity(device: UInt64(dirStat.st_dev), inode: UInt64(dirStat.st_ino))).inserted else {
            return  // a symbolic link loop or a second link to a folder already listed
        }
        result.folders.append(CorpusFolder(relativePath: relative, modifiedNanoseconds: Self.nanoseconds(dirStat.st_mtim)))
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
                if descendInto(rel) {
                    walk(directory: path, relative: rel, folder: folder, stat: st, visited: &visited, into: &result, descendInto: descendInto)
                } else {
                    result.subfolders.append(rel)
                }
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
        return CorpusFile(folder: folder, relativePath: relativePath, size: Int64(st.st_size), modifiedNanoseconds: Self.nanoseconds(st.st_mtim))
    }

    static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The modification time of the folder `relative` below `root` ("" for the root), or nil
    /// when it is gone or no longer a folder.
    public static func folderTime(root: String, relative: String) -> Int64? {
        let path = relative.isEmpty ? root : (root.hasSuffix("/") ? root : root + "/") + relative
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return nanoseconds(st.st_mtim)
    }

    private func display(_ path: String, _ relative: String) -> String {
        relative.isEmpty ? path : relative
    }
}
