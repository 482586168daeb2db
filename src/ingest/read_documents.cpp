#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "ingest/ingest_sinks.hpp"
#include "ingest/readers.hpp"
#include "verbatim/ingest.hpp"

namespace verbatim {

namespace {

namespace fs = std::filesystem;

enum class input_format { txt, jsonl, csv };

std::string lower_extension(fs::path const& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return extension;
}

/// The format a folder entry is read as, or nothing for files a folder walk leaves alone.
std::optional<input_format> format_in_folder(fs::path const& path) {
    std::string const extension = lower_extension(path);
    if (extension == ".txt") return input_format::txt;
    if (extension == ".jsonl") return input_format::jsonl;
    if (extension == ".csv") return input_format::csv;
    return std::nullopt;
}

void read_stream(std::istream& in, input_format format, ingest::input_name const& name,
                 ingest::ingest_sinks& sinks) {
    switch (format) {
    case input_format::txt: ingest::read_txt(in, name, sinks); break;
    case input_format::jsonl: ingest::read_jsonl(in, name, sinks); break;
    case input_format::csv: ingest::read_csv(in, name, sinks); break;
    }
}

void read_file(fs::path const& path, input_format format, std::string id_stem, ingest::ingest_sinks& sinks) {
    ingest::input_name name{path.string(), std::move(id_stem)};
    errno = 0;
    std::ifstream in{path, std::ios::binary};
    if (!in) {
        int const error = errno;
        sinks.report(name.origin, 0, severity::error,
                     std::string{"cannot open file: "} + (error != 0 ? std::strerror(error) : "unknown error"));
        return;
    }
    sinks.count_file();
    read_stream(in, format, name, sinks);
}

/// What a file is when it is no text Verbatim reads (by its extension, else its first bytes):
/// `PDF`, `a Word document`, …, or empty.
std::string unreadable_kind(fs::path const& path) {
    static constexpr std::pair<char const*, char const*> by_extension[] = {
        {".pdf", "PDF"},          {".doc", "a Word document"},  {".docx", "a Word document"}, {".odt", "an OpenDocument text"},
        {".rtf", "an RTF document"}, {".xls", "a spreadsheet"}, {".xlsx", "a spreadsheet"}, {".ods", "a spreadsheet"},
        {".zip", "an archive"},   {".gz", "a compressed file"}, {".bz2", "a compressed file"}, {".xz", "a compressed file"},
        {".tar", "an archive"},   {".png", "an image"},         {".jpg", "an image"},         {".jpeg", "an image"},
        {".gif", "an image"},     {".epub", "an e-book"}};
    auto const extension = lower_extension(path);
    for (auto [ext, what] : by_extension)
        if (extension == ext) return what;
    std::ifstream in(path, std::ios::binary);
    char head[5] = {};
    in.read(head, sizeof head);
    if (in.gcount() == 5 && std::string_view(head, 5) == "%PDF-") return "PDF";
    return {};
}

void read_folder(fs::path const& folder, ingest::ingest_sinks& sinks) {
    std::vector<fs::path> files;
    std::error_code error;
    fs::recursive_directory_iterator it{folder, fs::directory_options::skip_permission_denied, error};
    for (fs::recursive_directory_iterator const end; !error && it != end; it.increment(error)) {
        std::error_code type_error;
        if (!it->is_regular_file(type_error)) continue;
        if (format_in_folder(it->path())) {
            files.push_back(it->path());
            continue;
        }
        // (said only with -v, and counted in the summary: a README beside the articles is no fault)
        auto const what = unreadable_kind(it->path());
        auto const reason = what.empty() ? std::string("not .txt, .jsonl or .csv") : what;
        sinks.report(it->path().string(), 0, severity::note, "skipped: " + reason, "skipped: " + reason);
    }
    if (error) {
        sinks.report(folder.string(), 0, severity::error, "cannot read folder: " + error.message());
    }
    // Directory order is whatever the file system gives; sorting makes output reproducible.
    std::sort(files.begin(), files.end());
    for (auto const& file : files) {
        fs::path id = file.lexically_relative(folder);
        if (id.empty()) id = file.filename();
        id.replace_extension();
        read_file(file, *format_in_folder(file), id.generic_string(), sinks);
    }
}

} // namespace

ingest_stats read_documents(std::vector<std::string> const& paths, document_sink const& on_document,
                            diagnostic_sink const& on_diagnostic) {
    ingest::ingest_sinks sinks{on_document, on_diagnostic};
    for (auto const& given : paths) {
        if (given == "-") {
            sinks.count_file();
            read_stream(std::cin, input_format::jsonl, ingest::input_name{"-", "stdin"}, sinks);
            continue;
        }
        fs::path const path{given};
        std::error_code error;
        auto const status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            sinks.report(given, 0, severity::error,
                         "cannot read: " + (error ? error.message() : std::string{"no such file or folder"}));
            continue;
        }
        if (fs::is_directory(status)) {
            read_folder(path, sinks);
            continue;
        }
        // A file named directly is read whatever its extension (unknown ones as plain text), unless
        // it is plainly no text at all.
        if (auto const what = format_in_folder(path) ? std::string() : unreadable_kind(path); !what.empty()) {
            sinks.report(given, 0, severity::error, what + ": not supported; convert it to text first");
            continue;
        }
        read_file(path, format_in_folder(path).value_or(input_format::txt), path.stem().string(), sinks);
    }
    return sinks.stats();
}

} // namespace verbatim
