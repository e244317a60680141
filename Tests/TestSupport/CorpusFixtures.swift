import DebateMap

/// Hand-made corpora, built with the public initialisers so the tests do not move when the
/// seed corpus in data/ is remapped.
extension Fixtures {
    /// The quote's Unicode-scalar range in a text (the first occurrence, as the loader does).
    public static func quote(_ words: String, in text: String) -> Quote {
        let scalars = Array(text.unicodeScalars), needle = Array(words.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            return Quote(text: words, start: start, end: start + needle.count)
        }
        preconditionFailure("fixture quote not in its text: \(words)")
    }

    public static let muellerText =
        "The city should build the harbour tram. Buses are stuck in traffic every morning, and a tram carries three times as many people as a bus. Building it will cost money, but it will last fifty years, and the harbour will grow around it the way the old town grew around the river; whoever has waited at the bridge at eight o'clock knows that another bus will not help, because the bus waits in the same queue as the cars. Fares are another question and not one for this letter."
    public static let petrovText =
        "[Editor: letters are edited for length.]\nThe harbour tram is a waste of money. The buses would be fine if the city fixed the two junctions at the bridge.\n\nFares should be free for everyone, and a free bus fills up faster than a new tram."
    public static let okaforText =
        "A tram may come one day, but not before the port has said what it needs. The city should study the line first. A tram would help the port's night shifts. Free fares are a subsidy for those who already ride; the money should fund more buses."

    /// Two questions about a harbour town and three letters: a claim tree three levels deep,
    /// a silent position, a mixed one, furniture, opposing claims across letters and inside one.
    public static let harbour: Corpus = {
        let topics = [
            Topic(id: "tram", title: "Tram", question: "Should the city build the harbour tram line?"),
            Topic(id: "fares", title: "Fares", question: "Should public transport be free of charge?"),
        ]
        let essays = [
            Essay(id: "mueller", title: "Letter on the harbour tram", author: "Anna Müller", outlet: "unknown", published: "2024-03",
                  url: "unknown", textPath: "essays/mueller.txt", mapPath: "maps/mueller.argdown", text: muellerText),
            Essay(id: "petrov", title: "unknown", author: "Иван Петров", outlet: "unknown", published: "unknown", url: "unknown",
                  label: "Petrov", textPath: "essays/petrov.txt", mapPath: "maps/petrov.argdown", text: petrovText,
                  furniture: [Furniture(start: 0, end: 40, what: "editor's note")]),
            Essay(id: "okafor", title: "The port first", author: "Chidi Okafor", outlet: "Harbour Gazette", published: "2024-05-02",
                  url: "https://gazette.example/port-first", textPath: "essays/okafor.txt", mapPath: "maps/okafor.argdown", text: okaforText),
        ]
        func claim(_ id: String, _ text: String, _ words: String, essay: Int, topic: Int, parent: Int? = nil, link: Claim.Link? = nil, children: [Int] = []) -> Claim {
            Claim(id: id, title: id, text: text, quote: quote(words, in: essays[essay].text), essay: essay, topic: topic,
                  position: essay * topics.count + topic, parent: parent, link: link, children: children)
        }
        let claims = [
            /* 0 */ claim("mueller-build", "The city should build the harbour tram.", "The city should build the harbour tram.", essay: 0, topic: 0, children: [1, 2, 3]),
            /* 1 */ claim("mueller-buses-stuck", "Buses are stuck in traffic every morning.", "Buses are stuck in traffic every morning", essay: 0, topic: 0, parent: 0, link: .supports),
            /* 2 */ claim("mueller-capacity", "A tram carries three times as many people as a bus.", "a tram carries three times as many people", essay: 0, topic: 0, parent: 0, link: .supports),
            /* 3 */ claim("mueller-cost", "Building the tram costs money.", "Building it will cost money", essay: 0, topic: 0, parent: 0, link: .attacks, children: [4]),
            /* 4 */ claim("mueller-lasts", "The tram will last fifty years.", "it will last fifty years", essay: 0, topic: 0, parent: 3, link: .attacks),
            /* 5 */ claim("petrov-waste", "The harbour tram is a waste of money.", "The harbour tram is a waste of money.", essay: 1, topic: 0, children: [6]),
            /* 6 */ claim("petrov-fix-junctions", "The buses would run well if the city fixed the two junctions at the bridge.",
                          "The buses would be fine if the city fixed the two junctions at the bridge.", essay: 1, topic: 0, parent: 5, link: .supports),
            /* 7 */ claim("petrov-free-fares", "Public transport should be free for everyone.", "Fares should be free for everyone", essay: 1, topic: 1, children: [8]),
            /* 8 */ claim("petrov-free-bus-fills", "A free bus fills up faster than a new tram.", "a free bus fills up faster than a new tram", essay: 1, topic: 1, parent: 7, link: .supports),
            /* 9 */ claim("okafor-later", "A tram may come, but only after the port has said what it needs.", "A tram may come one day", essay: 2, topic: 0, children: [10, 11]),
            /* 10 */ claim("okafor-study", "The city should study the line first.", "The city should study the line first.", essay: 2, topic: 0, parent: 9, link: .supports),
            /* 11 */ claim("okafor-night-shifts", "A tram would help the port's night shifts.", "A tram would help the port's night shifts.", essay: 2, topic: 0, parent: 9, link: .attacks),
            /* 12 */ claim("okafor-fund-buses", "Free fares subsidise those who already ride; the money should fund more buses.",
                           "Free fares are a subsidy for those who already ride", essay: 2, topic: 1),
        ]
        let positions = [
            Position(essay: 0, topic: 0, stance: .for, summary: "The city should build the tram because buses are stuck in traffic.", mainClaim: 0),
            Position(essay: 0, topic: 1, stance: .silent, summary: "The letter leaves fares aside."),
            Position(essay: 1, topic: 0, stance: .against, summary: "The tram is a waste of money; fixing two junctions would make the buses work.", mainClaim: 5),
            Position(essay: 1, topic: 1, stance: .for, summary: "Fares should be free for everyone.", mainClaim: 7),
            Position(essay: 2, topic: 0, stance: .mixed, summary: "A tram perhaps, but only after a study of what the port needs.", mainClaim: 9),
            Position(essay: 2, topic: 1, stance: .against, summary: "Free fares subsidise riders; the money should buy buses.", mainClaim: 12),
        ]
        let relations = [
            Relation(from: 1, to: 0, kind: .supports), Relation(from: 2, to: 0, kind: .supports),
            Relation(from: 3, to: 0, kind: .attacks), Relation(from: 4, to: 3, kind: .attacks),
            Relation(from: 0, to: 5, kind: .contradicts),
            Relation(from: 6, to: 5, kind: .supports), Relation(from: 6, to: 1, kind: .attacks),
            Relation(from: 8, to: 7, kind: .supports),
            Relation(from: 10, to: 9, kind: .supports), Relation(from: 11, to: 9, kind: .attacks),
            Relation(from: 9, to: 5, kind: .attacks),
            Relation(from: 12, to: 7, kind: .contradicts),
        ]
        return Corpus(title: "Three letters about the harbour", topics: topics, essays: essays, positions: positions, claims: claims, relations: relations)
    }()

    /// The harbour corpus as a general Argdown or Kialo map would give it: Okafor's tree also
    /// holds a reference row standing for Müller's "buses stuck" (index 13) and a conclusion
    /// (index 14) with the speaker and the inference rule written down.
    public static let harbourWithReferences: Corpus = {
        let base = harbour
        var claims = base.claims
        claims[9].children += [13, 14]
        claims.append(Claim(id: "okafor-see-buses", title: "okafor-see-buses", text: "", essay: 2, topic: 0, position: 4, parent: 9,
                            link: .supports, kind: .reference, refersTo: 1))
        claims.append(Claim(id: "okafor-so-wait", title: "okafor-so-wait", text: "The city should wait for the study.", essay: 2, topic: 0,
                            position: 4, parent: 9, link: .supports, kind: .conclusion, source: "Chidi Okafor", inferenceRule: "modus ponens"))
        return Corpus(title: base.title, topics: base.topics, essays: base.essays, positions: base.positions, claims: claims, relations: base.relations)
    }()

    /// Many essays on several questions, each position one claim: for a matrix that must page.
    public static func wideMatrix(essays essayCount: Int, topics topicCount: Int) -> Corpus {
        let topics = (0..<topicCount).map { Topic(id: "t\($0)", title: "Topic \($0 + 1)", question: "Question number \($0 + 1)?") }
        let stances: [Stance] = [.for, .against, .mixed, .silent]
        var essays: [Essay] = [], positions: [Position] = [], claims: [Claim] = []
        for e in 0..<essayCount {
            let text = "Essay \(e + 1) says what it says about every topic."
            essays.append(Essay(id: "e\(e)", title: "Essay \(e + 1)", author: "Author \(e + 1)", outlet: "unknown", published: "unknown",
                                url: "unknown", label: "Essay \(e + 1)", textPath: "e\(e).txt", mapPath: "e\(e).argdown", text: text))
            for t in 0..<topicCount {
                let stance = stances[(e + t) % stances.count]
                var main: Int?
                if stance != .silent {
                    main = claims.count
                    claims.append(Claim(id: "e\(e)-t\(t)", title: "e\(e)-t\(t)", text: "Essay \(e + 1) on topic \(t + 1).",
                                        quote: quote("says what it says", in: text), essay: e, topic: t, position: positions.count))
                }
                positions.append(Position(essay: e, topic: t, stance: stance, summary: "Essay \(e + 1) is \(stance.rawValue) on topic \(t + 1).", mainClaim: main))
            }
        }
        return Corpus(title: "wide", topics: topics, essays: essays, positions: positions, claims: claims, relations: [])
    }

    /// No topics and no essays at all.
    public static let empty = Corpus(title: "empty", topics: [], essays: [], positions: [], claims: [], relations: [])
}
