import Testing
@testable import BylineCore

private func key(_ name: String) -> String { NameSpelling.key(NameForm(name)) }

@Suite struct NameSpellingTests {
    @Test func cyrillicAndTheUsualRomanisationsOfANameShareOneKey() {
        for name in ["Дмитрий Волков", "Dmitri Volkov", "Dmitry Volkov", "Dmitriy Volkov", "Dmitrij Volkov", "DMITRII VOLKOV"] {
            #expect(key(name) == "dmitri volkov", "\(name)")
        }
        for name in ["Нурсултан Назарбаев", "Nursultan Nazarbayev", "Nursultan Nazarbaev", "Нұрсұлтан Назарбаев"] {
            #expect(key(name) == "nursultan nazarbaev", "\(name)")
        }
        for name in ["Евгений Сергеевич", "Yevgeny Sergeyevich", "Evgeniy Sergeevich"] {
            #expect(key(name) == "evgeni sergeevich", "\(name)")
        }
        #expect(key("Алексей Морозов") == key("Alexei Morozov"))
        #expect(key("Aleksey Morozov") == key("Aleksei Morozov"))
        #expect(key("Юлия Щербакова") == "yuliya shcherbakova")
    }

    @Test func namesThatDifferStillDiffer() {
        #expect(key("Dmitri Volkov") != key("Dmitri Volkova"))
        #expect(key("Sofia Lindqvist") == "sofia lindqvist")
        #expect(key("José Ignacio Peña Álvarez") == "jose ignacio pena alvarez")
        #expect(key("Yates") == "yates")
        #expect(key("Ivy") == "ivi")
        #expect(key("Ye") == "ye")
    }

    @Test func entityKeysJoinAPersonWrittenInTwoScriptsAcrossReports() {
        #expect(EntityKey.make(kind: .person, name: "Дмитрий Волков") == EntityKey.make(kind: .person, name: "Dmitri Volkov"))
        #expect(EntityKey.make(kind: .place, name: "Алматы") == EntityKey.make(kind: .place, name: "Almaty"))
        #expect(EntityKey.make(kind: .place, name: "Volkov") != EntityKey.make(kind: .person, name: "Volkov"))
    }
}
