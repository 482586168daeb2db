// Tests for verbatim::read_documents: formats, document ids, diagnostics and UTF-8 repair.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/csv_records.hpp"
#include "ingest/line_reader.hpp"
#include "verbatim/ingest.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::string_view_literals;

/// A fresh folder under the system temp directory, removed with everything in it at the end.
class temp_folder {
public:
    temp_folder() {
        static std::atomic<int> counter{0};
        auto const stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = fs::temp_directory_path() /
                ("verbatim_ingest_test_" + std::to_string(stamp) + "_" + std::to_string(counter++));
        fs::create_directories(path_);
    }
    temp_folder(temp_folder const&) = delete;
    temp_folder& operator=(temp_folder const&) = delete;
    ~temp_folder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }

    /// Writes `content` byte for byte to `relative` (creating folders) and returns its path.
    std::string write(std::string const& relative, std::string_view content) const {
        fs::path const file = path_ / relative;
        fs::create_directories(file.parent_path());
        std::ofstream out{file, std::ios::binary};
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        return file.string();
    }

    [[nodiscard]] std::string str() const { return path_.string(); }

private:
    fs::path path_;
};

/// Everything one read_documents call produced.
struct ingest_result {
    std::vector<verbatim::document> documents;
    std::vector<verbatim::diagnostic> diagnostics;
    verbatim::ingest_stats stats;

    [[nodiscard]] std::vector<std::string> ids() const {
        std::vector<std::string> result;
        for (auto const& d : documents) result.push_back(d.id);
        return result;
    }
    [[nodiscard]] std::vector<verbatim::diagnostic> of(verbatim::severity level) const {
        std::vector<verbatim::diagnostic> result;
        for (auto const& d : diagnostics) {
            if (d.level == level) result.push_back(d);
        }
        return result;
    }
};

ingest_result read(std::vector<std::string> const& paths) {
    ingest_result result;
    result.stats = verbatim::read_documents(
        paths, [&](verbatim::document&& d) { result.documents.push_back(std::move(d)); },
        [&](verbatim::diagnostic const& d) { result.diagnostics.push_back(d); });
    return result;
}

bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

} // namespace

TEST_CASE("ingest: txt document id is the path relative to the folder, without extension") {
    temp_folder folder;
    std::string const file = folder.write("russia/2026-01-23-talks.txt", "Putin said: \"No.\"\n");
    auto const result = read({folder.str()});
    REQUIRE(result.documents.size() == 1);
    auto const& doc = result.documents[0];
    CHECK(doc.id == "russia/2026-01-23-talks");
    CHECK(doc.text == "Putin said: \"No.\"\n");
    CHECK(doc.origin == file);
    CHECK(doc.line == 1);
    CHECK(result.diagnostics.empty());
    CHECK(result.stats.files == 1);
    CHECK(result.stats.documents == 1);
    CHECK(result.stats.bytes == doc.text.size());
}

TEST_CASE("ingest: a file given directly is named by its file name, unknown extensions read as text") {
    temp_folder folder;
    std::string const file = folder.write("sub/notes.article", "Some text.");
    auto const result = read({file});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].id == "notes");
    CHECK(result.documents[0].text == "Some text.");
    CHECK(result.documents[0].origin == file);
}

TEST_CASE("ingest: jsonl takes id and metadata from the record") {
    temp_folder folder;
    std::string const file = folder.write(
        "news.jsonl",
        "{\"id\": \"a-1\", \"date\": \"2019-01-04T10:00:00Z\", \"title\": \"T\", \"source\": \"AFP\", "
        "\"url\": \"https://example.org/a\", \"text\": \"He said \\\"yes\\\".\\nMore.\"}\n"
        "{\"id\": 42, \"text\": \"Second.\"}\n");
    auto const result = read({file});
    REQUIRE(result.documents.size() == 2);
    auto const& first = result.documents[0];
    CHECK(first.id == "a-1");
    CHECK(first.date == "2019-01-04");
    CHECK(first.title == "T");
    CHECK(first.source == "AFP");
    CHECK(first.url == "https://example.org/a");
    CHECK(first.text == "He said \"yes\".\nMore.");
    CHECK(first.origin == file);
    CHECK(first.line == 1);
    CHECK(result.documents[1].id == "42");
    CHECK(result.documents[1].line == 2);
    CHECK(result.diagnostics.empty());
}

TEST_CASE("ingest: jsonl without id numbers the records of the file") {
    temp_folder folder;
    folder.write("feeds/wire.jsonl", "{\"text\": \"One.\"}\n\n{\"text\": \"Two.\"}\r\n{\"text\": \"Three.\"}");
    auto const result = read({folder.str()});
    CHECK(result.ids() == std::vector<std::string>{"feeds/wire#1", "feeds/wire#2", "feeds/wire#3"});
    REQUIRE(result.documents.size() == 3);
    CHECK(result.documents[1].line == 3); // the empty line 2 is skipped, not a record
    CHECK(result.documents[2].text == "Three.");
    CHECK(result.diagnostics.empty());
}

TEST_CASE("ingest: jsonl bad line in the middle is reported and the rest read") {
    temp_folder folder;
    std::string const file = folder.write("wire.jsonl",
                                          "{\"text\": \"One.\"}\n"
                                          "{\"text\": \"Two.\", oops}\n"
                                          "{\"title\": \"no text\"}\n"
                                          "{\"text\": 7}\n"
                                          "[1, 2]\n"
                                          "{\"text\": \"Six.\"}\n");
    auto const result = read({file});
    CHECK(result.ids() == std::vector<std::string>{"wire#1", "wire#6"});
    auto const errors = result.of(verbatim::severity::error);
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].file == file);
    CHECK(errors[0].line == 2);
    CHECK(contains(errors[0].message, "invalid JSON"));
    CHECK(errors[1].line == 3);
    CHECK(contains(errors[1].message, "missing \"text\""));
    CHECK(errors[2].line == 4);
    CHECK(contains(errors[2].message, "\"text\" is not a string"));
    CHECK(errors[3].line == 5);
    CHECK(contains(errors[3].message, "not a JSON object"));
    CHECK(result.stats.errors == 4);
    CHECK(result.stats.documents == 2);
}

TEST_CASE("ingest: date that is not ISO is dropped with a warning") {
    temp_folder folder;
    std::string const file = folder.write("d.jsonl", "{\"date\": \"March 5, 2021\", \"text\": \"x\"}\n");
    auto const result = read({file});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].date.empty());
    auto const warnings = result.of(verbatim::severity::warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].line == 1);
    CHECK(contains(warnings[0].message, "March 5, 2021"));
    CHECK(result.stats.warnings == 1);
}

TEST_CASE("ingest: csv quoted fields with embedded newlines and doubled quotes") {
    temp_folder folder;
    std::string const file = folder.write("w.csv",
                                          "url,Date,title,Text\r\n"
                                          "https://e.org/1,2019-01-04,\"Talks, again\",\"He said \"\"no\"\".\r\n"
                                          "\r\nSecond paragraph.\"\r\n"
                                          "https://e.org/2,2020-02-02,Plain,Short text\n");
    auto const result = read({file});
    REQUIRE(result.documents.size() == 2);
    auto const& first = result.documents[0];
    CHECK(first.id == "w#1");
    CHECK(first.url == "https://e.org/1");
    CHECK(first.date == "2019-01-04");
    CHECK(first.title == "Talks, again");
    CHECK(first.text == "He said \"no\".\r\n\r\nSecond paragraph.");
    CHECK(first.line == 2);
    auto const& second = result.documents[1];
    CHECK(second.id == "w#2");
    CHECK(second.text == "Short text");
    CHECK(second.line == 5);
    CHECK(result.diagnostics.empty());
}

TEST_CASE("ingest: csv id column and alternative text column names") {
    temp_folder folder;
    std::string const file = folder.write("b.csv", "ID,Body\nx-1,First\n,Second\n");
    auto const result = read({file});
    CHECK(result.ids() == std::vector<std::string>{"x-1", "b#2"});
}

TEST_CASE("ingest: csv broken row is reported with its line and skipped") {
    temp_folder folder;
    std::string const file = folder.write("r.csv",
                                          "id,text\n"
                                          "a,\"one\"\n"
                                          "b,\"two\nlines\",extra\n"
                                          "c,three\n");
    auto const result = read({file});
    CHECK(result.ids() == std::vector<std::string>{"a", "c"});
    auto const errors = result.of(verbatim::severity::error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == file);
    CHECK(errors[0].line == 3);
    CHECK(contains(errors[0].message, "3 fields"));
    REQUIRE(result.documents.size() == 2);
    CHECK(result.documents[1].line == 5);
}

TEST_CASE("ingest: csv unterminated quoted field is reported at the line it opened") {
    temp_folder folder;
    std::string const file = folder.write("u.csv",
                                          "id,text\n"
                                          "a,fine\n"
                                          "b,\"never\n"
                                          "closed\n"
                                          "c,lost\n");
    auto const result = read({file});
    CHECK(result.ids() == std::vector<std::string>{"a"});
    auto const errors = result.of(verbatim::severity::error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 3);
    CHECK(contains(errors[0].message, "never closed"));
}

TEST_CASE("ingest: csv without a text column is one error for the file") {
    temp_folder folder;
    std::string const file = folder.write("n.csv", "id,headline\n1,a\n2,b\n");
    auto const result = read({file});
    CHECK(result.documents.empty());
    auto const errors = result.of(verbatim::severity::error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == file);
    CHECK(contains(errors[0].message, "no text column"));
}

TEST_CASE("ingest: invalid UTF-8 is replaced byte by byte with one warning per document") {
    temp_folder folder;
    // A stray continuation byte, a truncated 3-byte sequence and an overlong form: 5 bad bytes;
    // the NUL byte is valid UTF-8 and stays.
    std::string const file = folder.write("bad.txt", "caf\xC3\xA9 \x80 \xE2\x82 \xC0\xAF end\x00!"sv);
    auto const result = read({file});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].text ==
          "caf\xC3\xA9 \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD end\x00!"sv);
    auto const warnings = result.of(verbatim::severity::warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].file == file);
    CHECK(warnings[0].line == 1);
    CHECK(warnings[0].message == "invalid UTF-8: 5 bytes replaced by U+FFFD");
}

TEST_CASE("ingest: NUL escapes are kept and invalid UTF-8 in jsonl strings is repaired") {
    temp_folder folder;
    std::string const file = folder.write("n.jsonl", "{\"text\": \"a\\u0000b \xFF\", \"title\": \"t\xFE\"}\n"sv);
    auto const result = read({file});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].text == "a\x00" "b \xEF\xBF\xBD"sv);
    CHECK(result.documents[0].title == "t\xEF\xBF\xBD");
    auto const warnings = result.of(verbatim::severity::warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message == "invalid UTF-8: 2 bytes replaced by U+FFFD");
}

TEST_CASE("ingest: binary file is skipped with an error") {
    temp_folder folder;
    std::string binary{"\x89PNG\r\n\x1A\n"};
    binary.append(200, '\0');
    std::string const image = folder.write("a/image.txt", binary);
    folder.write("b/article.txt", "Text.");
    auto const result = read({folder.str()});
    CHECK(result.ids() == std::vector<std::string>{"b/article"});
    auto const errors = result.of(verbatim::severity::error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == image);
    CHECK(errors[0].line == 0);
    CHECK(errors[0].message == "binary file, skipped");
}

TEST_CASE("ingest: compressed data with few control bytes is binary, a Latin-1 article is not") {
    temp_folder folder;
    // Bytes of a compressed stream: high bytes that form no UTF-8, hardly a control byte.
    std::string packed;
    for (unsigned i = 0; packed.size() < 4096; ++i) packed += static_cast<char>(0x80U + (i * 37U) % 0x7FU);
    std::string const archive = folder.write("a/packed.txt", packed);
    // A Latin-1 article: a few accented letters that are no UTF-8, kept as text.
    std::string latin1;
    for (int i = 0; i < 20; ++i) latin1 += "Le pr\xE9sident a d\xE9" "clar\xE9 que l'accord \xE9tait pr\xEAt. ";
    folder.write("b/latin1.txt", latin1);
    auto const result = read({folder.str()});
    CHECK(result.ids() == std::vector<std::string>{"b/latin1"});
    auto const errors = result.of(verbatim::severity::error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == archive);
    CHECK(errors[0].message == "binary file, skipped");
}

TEST_CASE("ingest: missing file is an error and the rest is still read") {
    temp_folder folder;
    std::string const missing = (fs::path{folder.str()} / "nope.txt").string();
    std::string const present = folder.write("yes.txt", "Here.");
    auto const result = read({missing, present});
    CHECK(result.ids() == std::vector<std::string>{"yes"});
    auto const errors = result.of(verbatim::severity::error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == missing);
    CHECK(errors[0].line == 0);
    CHECK(result.stats.errors == 1);
    CHECK(result.stats.files == 1);
}

TEST_CASE("ingest: folder is read recursively in path order, other extensions skipped with a note each") {
    temp_folder folder;
    folder.write("z.txt", "z");
    folder.write("README.md", "# not an article");
    folder.write("b/2.txt", "b2");
    folder.write("a.csv", "text\nrow one\nrow two\n");
    folder.write("b/1.jsonl", "{\"text\": \"b1\"}\n");
    folder.write("b/c/deep.TXT", "deep");
    folder.write("b/notes.json", "{\"text\": \"no\"}");
    auto const result = read({folder.str()});
    CHECK(result.ids() == std::vector<std::string>{"a#1", "a#2", "b/1#1", "b/2", "b/c/deep", "z"});
    // the two other files: no warning or error, a note each (shown with -v, counted in the summary)
    CHECK(result.of(verbatim::severity::warning).empty());
    CHECK(result.of(verbatim::severity::error).empty());
    auto const notes = result.of(verbatim::severity::note);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].kind == "skipped: not .txt, .jsonl or .csv");
    CHECK(result.stats.skipped == 2);
    CHECK(result.stats.files == 5);
    CHECK(result.stats.documents == 6);
}

TEST_CASE("ingest: a PDF named directly is an error that says to convert it; in a folder, a note; an empty file a warning") {
    temp_folder folder;
    folder.write("paper.pdf", "%PDF-1.4\n1 0 obj\n");
    folder.write("scan.dat", "%PDF-1.7\n");
    folder.write("empty.txt", "");
    folder.write("inner/paper.pdf", "%PDF-1.4\n");
    auto const named = read({folder.str() + "/paper.pdf", folder.str() + "/scan.dat", folder.str() + "/empty.txt"});
    CHECK(named.documents.empty());
    auto const errors = named.of(verbatim::severity::error);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].message == "PDF: not supported; convert it to text first");
    CHECK(errors[1].message == "PDF: not supported; convert it to text first"); // known by its first bytes
    auto const warnings = named.of(verbatim::severity::warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message == "empty file, skipped");
    auto const walked = read({folder.str() + "/inner"});
    CHECK(walked.of(verbatim::severity::error).empty());
    REQUIRE(walked.of(verbatim::severity::note).size() == 1);
    CHECK(walked.of(verbatim::severity::note)[0].kind == "skipped: PDF");
}

TEST_CASE("ingest: folder given with a trailing slash names documents the same way") {
    temp_folder folder;
    folder.write("sub/x.txt", "x");
    auto const result = read({folder.str() + "/"});
    CHECK(result.ids() == std::vector<std::string>{"sub/x"});
}

TEST_CASE("ingest: csv record over the size limit is skipped and the next one read") {
    std::istringstream in{"id,text\r\na,\"0123456789\r\n0123456789\"\r\nb,short\r\n"};
    verbatim::ingest::csv_record_reader records{in, 16};
    verbatim::ingest::csv_record record;
    REQUIRE(records.next(record) == verbatim::ingest::csv_result::record);
    CHECK(record.fields == std::vector<std::string>{"id", "text"});
    REQUIRE(records.next(record) == verbatim::ingest::csv_result::too_large);
    CHECK(record.line == 2);
    CHECK(record.fields.empty());
    REQUIRE(records.next(record) == verbatim::ingest::csv_result::record);
    CHECK(record.fields == std::vector<std::string>{"b", "short"});
    CHECK(record.line == 4);
    CHECK(records.next(record) == verbatim::ingest::csv_result::end);
}

TEST_CASE("ingest: jsonl line over the size limit is skipped and the next one read") {
    std::istringstream in{"short\n0123456789abcdef0123\nlast"};
    verbatim::ingest::line_reader lines{in, 16};
    std::string line;
    REQUIRE(lines.next(line));
    CHECK(line == "short");
    REQUIRE(lines.next(line));
    CHECK(lines.too_long());
    CHECK(line.empty());
    CHECK(lines.line_number() == 2);
    REQUIRE(lines.next(line));
    CHECK_FALSE(lines.too_long());
    CHECK(line == "last");
    CHECK_FALSE(lines.next(line));
}
