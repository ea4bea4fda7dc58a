import BylineCore
import Foundation

// `make bench-ner`: entity recognition throughput on one core.
//
//     ner-bench [CONLL_FILE] [--words N]
//
// Reads the CoNLL-2003 file (default ../shared/eval/conll2003-valid.txt) into plain-text
// documents (tokens joined by spaces, one sentence a line, as `ner_eval.py dump` writes them),
// repeats them until at least N words (default 5,000,000) have been recognised, and prints
// words per second. Also times the first use of the lexicons, which every process pays once.

let arguments = Array(CommandLine.arguments.dropFirst())
var path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/eval/conll2003-valid.txt").standardized.path
var target = 5_000_000
var i = 0
while i < arguments.count {
    if arguments[i] == "--words", i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
        target = n
        i += 2
    } else {
        path = arguments[i]
        i += 1
    }
}

func now(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The documents of a CoNLL file as plain text.
func documents(conll: String) -> [String] {
    var docs: [String] = []
    var sentences: [String] = []
    var tokens: [String] = []
    func endSentence() {
        if !tokens.isEmpty { sentences.append(tokens.joined(separator: " ")) }
        tokens.removeAll()
    }
    func endDocument() {
        endSentence()
        if !sentences.isEmpty { docs.append(sentences.joined(separator: "\n")) }
        sentences.removeAll()
    }
    for line in conll.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("-DOCSTART-") {
            endDocument()
        } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
            endSentence()
        } else if let token = line.split(separator: " ").first {
            tokens.append(String(token))
        }
    }
    endDocument()
    return docs
}

guard let conll = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("ner-bench: cannot read \(path); pass a CoNLL file\n".utf8))
    exit(1)
}
let docs = documents(conll: conll)
let wordsPerRound = docs.reduce(0) { $0 + $1.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
guard wordsPerRound > 0 else {
    FileHandle.standardError.write(Data("ner-bench: no documents in \(path)\n".utf8))
    exit(1)
}

let loadStart = now()
let recognizer = EntityRecognizer()
_ = recognizer.spans(in: "Lexicons load on first use.")
let loadTime = now() - loadStart
let secondStart = now()
_ = EntityRecognizer().spans(in: "Later recognizers share them.")
let secondTime = now() - secondStart

var words = 0
var names = 0
let start = now()
let cpuStart = now(CLOCK_THREAD_CPUTIME_ID)
while words < target {
    for doc in docs {
        names += recognizer.spans(in: doc).count
    }
    words += wordsPerRound
}
let seconds = now() - start
// CPU time of this thread: the one core's work, whatever else the machine is running.
let cpuSeconds = now(CLOCK_THREAD_CPUTIME_ID) - cpuStart
print("documents: \(docs.count) (\(wordsPerRound) words) x \(words / wordsPerRound) rounds")
print("names found: \(names)")
print(String(format: "lexicon load: %.1f ms (first recognition; a second one took %.2f ms)", loadTime * 1000, secondTime * 1000))
print(String(format: "recognition: %d words in %.2f s wall = %.0f words/s", words, seconds, Double(words) / seconds))
print(String(format: "recognition: %d words in %.2f s of CPU on one core = %.0f words/s", words, cpuSeconds, Double(words) / cpuSeconds))
