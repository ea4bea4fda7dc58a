/// `byline search` read without ArgumentParser, for the arguments scripts pass.
///
/// A search is a whole process per query, and ArgumentParser's parse (reflection over every
/// command's arguments, a conformance lookup for each) costs milliseconds of a target of 15.
/// Even making a `SearchCommand` without it instantiates its property wrappers' generic
/// types, each a scan of every conformance in the binary. `Byline.main` reads the common
/// forms here into a `SearchRequest`. Anything else (help, an option it does not know, a missing
/// value, a value ArgumentParser would refuse) returns nil, and ArgumentParser parses it and
/// says what is wrong.
extension SearchRequest {
    /// The request for `search WORD... [--dir D] [--index P] [--limit N] [--json] [--refresh]`
    /// (options also as `--dir=D`), or nil.
    init?(plainArguments arguments: [String]) {
        guard arguments.first == "search" else { return nil }
        var words: [String] = []
        var dir: String?, index: String?, limit = 10, json = false, refresh = false
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-"), argument.count > 1 else {
                words.append(argument)
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let inline = parts.count == 2 ? parts[1] : nil
            func value() -> String? { inline ?? rest.popFirst() }
            switch parts[0] {
            case "--dir": guard let v = value(), !v.isEmpty else { return nil }; dir = v
            case "--index": guard let v = value(), !v.isEmpty else { return nil }; index = v
            case "--limit": guard let v = value(), let n = Int(v), n >= 0 else { return nil }; limit = n
            case "--json" where inline == nil: json = true
            case "--refresh" where inline == nil: refresh = true
            default:
                // `-drought` is a word of the query; `--help`, `-h` and unknown options are not.
                guard !argument.hasPrefix("--"), argument != "-h" else { return nil }
                words.append(argument)
            }
        }
        guard !words.isEmpty else { return nil }
        self.init(words: words, corpus: CorpusSettings(dir: dir, index: index, refresh: refresh), limit: limit, json: json)
    }
}
