import DebateMap
import Testing

/// Who puts a claim forward in an AIF file (issue 20): the speaker's name, from the people a
/// file names or from its locutions' own words, never the whole locution nor a bare id.
struct AIFSpeakerTests {
    func sources(_ json: String) -> [String: String?] {
        let r = CorpusLoader.load(paths: ["talk.json"], source: MemorySource(files: ["talk.json": Array(json.utf8)]))
        return Dictionary(uniqueKeysWithValues: r.corpus.claims.map { ($0.text, $0.source) })
    }

    /// One I-node said in an L-node through a YA node, with what the file adds.
    func file(locution: String, extra: String = "") -> String {
        """
        {"nodes": [
          {"nodeID": "1", "text": "semesterisation is a good idea", "type": "I"},
          {"nodeID": "2", "text": "\(locution)", "type": "L"},
          {"nodeID": "3", "text": "Asserting", "type": "YA"}],
         "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"}, {"edgeID": "2", "fromID": "3", "toID": "1"}]\(extra)}
        """
    }

    @Test func araucariaNamesTheSpeakerBeforeSays() {
        #expect(sources(file(locution: "VCBrown says 'semesterisation is a good idea'"))["semesterisation is a good idea"] == "VCBrown")
    }

    @Test func ovaNamesTheSpeakerBeforeTheColon() {
        #expect(sources(file(locution: "Lena: semesterisation is a good idea"))["semesterisation is a good idea"] == "Lena")
    }

    @Test func participantsNameThePersonAndABareIdIsNoName() {
        let named = file(locution: "semesterisation is a good idea", extra: #", "locutions": [{"nodeID": "2", "personID": "7"}], "participants": [{"participantID": "7", "firstname": "Vera", "surname": "Brown"}]"#)
        #expect(sources(named)["semesterisation is a good idea"] == "Vera Brown")
        let unnamed = file(locution: "VCBrown says 'semesterisation is a good idea'", extra: #", "locutions": [{"nodeID": "2", "personID": "7"}]"#)
        #expect(sources(unnamed)["semesterisation is a good idea"] == "VCBrown", "not the id 7")
    }

    @Test func aLocutionThatNamesNobodyGivesNoSource() {
        #expect(sources(file(locution: "semesterisation is a good idea"))["semesterisation is a good idea"] == .some(nil))
    }
}
