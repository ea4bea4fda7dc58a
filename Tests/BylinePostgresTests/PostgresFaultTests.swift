import BylineCore
import BylineIndex
import CorpusGenerator
import Foundation
import Testing
@testable import BylinePostgres

@Suite(.enabled(if: PostgresTestServer.available, "needs a throwaway PostgreSQL server (scripts/postgres-throwaway.sh start)"))
struct PostgresFaultTests {
    /// The one line a failure gives: names the server without the password, says what to do.
    func expectOneLine(_ error: PostgresStoreError?, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = error?.description ?? "(no error)"
        #expect(text.contains(fragment), "\(text)", sourceLocation: sourceLocation)
        #expect(text.hasPrefix("postgresql://byline@127.0.0.1:"), "\(text)", sourceLocation: sourceLocation)
        #expect(!text.contains("byline:byline") && !text.contains("\n") && text.contains("; "), "\(text)", sourceLocation: sourceLocation)
    }

    @Test func aServerStoppedMidRunIsOneLineKeepsWhatWasCommittedAndTheNextRunFinishes() throws {
        let server = try PostgresTestServer()
        defer { server.stop() }
        let folder = server.folder + "-reports"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try CorpusGenerator(seed: 3, markdownShare: 0).write(count: 500, to: folder)
        let location = server.location
        var indexer = PostgresIndexer(location: location, corpus: folder)
        indexer.batchSize = 40
        indexer.commitInterval = 0
        var batches = 0
        let error = #expect(throws: PostgresStoreError.self) {
            _ = try indexer.update(progress: { _ in
                batches += 1
                if batches == 3 { try? server.halt() }
            })
        }
        #expect(error?.kind == .lost)
        expectOneLine(error, "lost the connection to the server")
        #expect(error?.description.contains("what was committed is kept") == true)
        let whileDown = #expect(throws: PostgresStoreError.self) { _ = try indexer.update() }
        expectOneLine(whileDown, "nothing listens at 127.0.0.1:")

        try server.resume()
        let kept = try PostgresStore(location: location, corpus: folder).summaryCount()
        #expect(kept >= 80 && kept < 500)
        let summary = try PostgresIndexer(location: location, corpus: folder).update()
        #expect(summary.reports == 500)
        #expect(summary.added == 500 - kept / 1)
    }

    @Test func aReadersSessionOutlivesAServerRestart() throws {
        let server = try PostgresTestServer()
        defer { server.stop() }
        let corpus = PostgresTestServer.bundledArticles
        _ = try PostgresIndexer(location: server.location, corpus: corpus).update()
        let store = try PostgresStore(location: server.location, corpus: corpus)
        #expect(try store.summaryCount() == 27)
        try server.halt()
        let down = #expect(throws: PostgresStoreError.self) { _ = try store.summaryCount() }
        expectOneLine(down, "127.0.0.1")
        try server.resume()
        #expect(try store.search("water", limit: 3).total > 0)
    }

    @Test func aDroppedConnectionIsReopenedForAReaderAndOneLineForAnIndexer() throws {
        let corpus = try ServerCorpus()
        try corpus.index()
        let store = try corpus.store()
        #expect(try store.summaryCount() == 27)
        let admin = try PostgresSession(corpus.location)
        defer { admin.close() }
        try admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid != pg_backend_pid()")
        #expect(try store.summaryCount() == 27)

        try corpus.write("late.txt", "June 9, 2024\n\nLate report\n\nMinister Dmitri Volkov spoke.\n")
        var indexer = corpus.indexer()
        indexer.batchSize = 1
        let error = #expect(throws: PostgresStoreError.self) {
            _ = try indexer.update(progress: { _ in
                _ = try? admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid != pg_backend_pid()")
            })
        }
        #expect(error?.kind == .lost)
        expectOneLine(error, "lost the connection")
        #expect(try corpus.index().reports == 28)
    }

    @Test func aWrongPasswordIsOneLine() throws {
        let server = try #require(PostgresTestServer.shared)
        let error = #expect(throws: PostgresStoreError.self) { _ = try PostgresSession(PostgresLocation(url: server.url(password: "wrong"))) }
        expectOneLine(error, "the server refused the login of byline")
        #expect(error?.description.contains("wrong") == false)
    }

    @Test func nothingListeningIsOneLine() throws {
        let port = try #require(Self.freePort())
        let url = "postgresql://byline:byline@127.0.0.1:\(port)/byline?sslmode=disable"
        let error = #expect(throws: PostgresStoreError.self) { _ = try PostgresIndexer(location: PostgresLocation(url: url), corpus: PostgresTestServer.bundledArticles).update() }
        expectOneLine(error, "nothing listens at 127.0.0.1:\(port) (connection refused); start the server")
    }

    @Test func anUnreachableHostGivesUpAfterTheConnectTimeout() throws {
        // A TEST-NET address: routed nowhere, so the connection attempt gets no answer at all.
        let location = try PostgresLocation(url: "postgresql://byline:byline@192.0.2.1:5432/byline?connect_timeout=1&sslmode=disable")
        let started = Date()
        let error = #expect(throws: PostgresStoreError.self) { _ = try PostgresSession(location) }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(error?.kind == .connect)
        #expect(error?.description.hasPrefix("postgresql://byline@192.0.2.1:5432/byline: ") == true)
    }

    @Test func aMissingDatabaseIsOneLine() throws {
        let server = try #require(PostgresTestServer.shared)
        let error = #expect(throws: PostgresStoreError.self) { _ = try PostgresSession(PostgresLocation(url: server.url(database: "nosuchdb"))) }
        #expect(error?.description.contains("the server has no database nosuchdb; create it") == true)
    }

    @Test func theCommandLinePrintsOneLineAndExitsWithStatusOne() throws {
        let port = try #require(Self.freePort())
        let result = try PostgresTestServer.run(PostgresTestServer.binary, ["search", "water", "--index", "postgresql://byline:secret@127.0.0.1:\(port)/news"])
        #expect(result.status == 1)
        #expect(result.err == "byline: postgresql://byline@127.0.0.1:\(port)/news: nothing listens at 127.0.0.1:\(port) (connection refused); start the server, or fix the host and port in --index\n"
                || result.err == "postgresql://byline@127.0.0.1:\(port)/news: nothing listens at 127.0.0.1:\(port) (connection refused); start the server, or fix the host and port in --index\n",
                "\(result.err)")
    }

    static func freePort() -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0 else { return nil }
        let named = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return named == 0 ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }
}
