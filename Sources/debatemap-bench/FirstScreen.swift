import DebateMapBrowser
import SeedCorpus

/// In a child process: the seed corpus's first browser screen, so the parent can time it
/// from process start.
enum FirstScreen {
    static func seed() {
        let corpus = SeedCorpus.load().corpus
        let screen = Browser(corpus: corpus).render(width: 80, height: 24)
        print(screen.line(0))
    }
}
