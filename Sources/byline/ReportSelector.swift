import Foundation

/// Which file `show` reads and which of its reports it prints: `PATH` for all of them,
/// `PATH#N` for the N-th (1-based, as in the report ids `search` and `person` print).
struct ReportSelector: Equatable {
    /// The file to read.
    var path: String
    /// The 1-based report number, or nil for every report in the file.
    var number: Int?

    /// Reads `argument`. A file whose own name ends in `#N` is taken as it is.
    init(_ argument: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) {
        path = argument
        number = nil
        guard !fileExists(argument), let hash = argument.lastIndex(of: "#"),
              let n = Int(argument[argument.index(after: hash)...]), n >= 1 else { return }
        path = String(argument[..<hash])
        number = n
    }

    /// The selected reports among `count`, or an error line when `number` is past the end.
    func range(of count: Int) -> Result<ClosedRange<Int>, SelectionError> {
        guard let number else { return .success(1...count) }
        guard number <= count else { return .failure(SelectionError(path: path, number: number, count: count)) }
        return .success(number...number)
    }

    /// `PATH#N` names a report the file does not hold.
    struct SelectionError: Error, CustomStringConvertible {
        var path: String
        var number: Int
        var count: Int

        var description: String {
            let holds = count == 1 ? "holds one report" : "holds \(count) reports"
            let choose = count == 1 ? "use \(path) or \(path)#1" : "use #1 to #\(count), or \(path) for all of them"
            return "\(path) \(holds), so #\(number) is not one of them; \(choose)."
        }
    }
}
