import BylineIndex
import Testing
@testable import BylinePostgres

@Suite struct PostgresLocationTests {
    @Test func aURLIsReadIntoItsPartsAndShownWithoutThePassword() throws {
        let location = try PostgresLocation(url: "postgresql://desk:s%40cret@db.internal:6432/archive?connect_timeout=3&sslmode=require", environment: [:])
        #expect(location.host == "db.internal")
        #expect(location.port == 6432)
        #expect(location.user == "desk")
        #expect(location.password == "s@cret")
        #expect(location.database == "archive")
        #expect(location.connectTimeout == 3)
        #expect(location.sslMode == "require")
        #expect(location.description == "postgresql://desk@db.internal:6432/archive")
    }

    @Test func missingPartsComeFromTheEnvironmentAsWithLibpq() throws {
        let location = try PostgresLocation(url: "postgres://db", environment: ["PGUSER": "reader", "PGPASSWORD": "pw"])
        #expect(location.user == "reader")
        #expect(location.password == "pw")
        #expect(location.database == "reader")
        #expect(location.port == 5432)
    }

    @Test func aBadTimeoutIsOneLineWithThePasswordHidden() {
        let error = #expect(throws: PostgresStoreError.self) { _ = try PostgresLocation(url: "postgresql://u:secret@h/d?connect_timeout=soon") }
        #expect(error?.description == "postgresql://u:***@h/d?connect_timeout=soon: has connect_timeout=soon; give a whole number of seconds, as in connect_timeout=5")
    }

    @Test func onlyPostgresURLsAreTakenForAServer() {
        #expect(PostgresLocation.isURL("postgresql://h/d"))
        #expect(PostgresLocation.isURL("POSTGRES://h/d"))
        #expect(!PostgresLocation.isURL("/tmp/index.sqlite"))
    }

    @Test func aQueryIsWrittenAsQuotedLexemesNeverAsTsquerySyntax() {
        let query = QueryParser.parse("water \"sea level\" desal* strike OR protest -drought don't it\\'s")
        #expect(TSQueryText.expression(for: query) == "('water') & (('sea' <-> 'level')) & ('desal':*) & ('strike' | 'protest') & (('don' <-> 't')) & (('it' <-> 's')) & !('drought')")
    }
}
