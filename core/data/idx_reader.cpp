#include "data/idx_reader.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "common/errors.h"

namespace hyperlab {
namespace {

std::string inQuotes(const std::string& path) {
    return "\"" + path + "\"";
}

std::string hex32(std::uint32_t value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08X", value);
    return buffer;
}

/// Sequential reader over a plain or gzipped file. Plain files go through
/// std::ifstream rather than gzread's transparent mode so the gzip decision
/// is ours (by magic) and errors can say which kind of file was bad.
class ByteSource {
public:
    ByteSource(const std::string& path, const std::string& field) : m_path(path), m_field(field) {
        std::error_code error;
        if (!std::filesystem::exists(path, error))
            throw InputError(field, problem(ProblemCode::FileNotFound, {inQuotes(path)}));
        if (std::filesystem::is_directory(path, error))
            throw InputError(field, problem(ProblemCode::IdxIsDirectory, {inQuotes(path)}));
        m_plain.open(path, std::ios::binary);
        if (!m_plain)
            throw InputError(field, problem(ProblemCode::CannotOpen, {inQuotes(path)}));
        std::array<char, 2> magic{};
        m_plain.read(magic.data(), 2);
        const bool gzipped = m_plain.gcount() == 2 && std::uint8_t(magic[0]) == 0x1f &&
                             std::uint8_t(magic[1]) == 0x8b;
        m_plain.clear();
        m_plain.seekg(0);
        if (gzipped) {
            m_plain.close();
            m_gz = gzopen(path.c_str(), "rb");
            if (m_gz == nullptr)
                throw InputError(field, problem(ProblemCode::CannotOpen, {inQuotes(path)}));
            gzbuffer(m_gz, 1 << 18);
        }
    }
    ~ByteSource() {
        if (m_gz != nullptr)
            gzclose(m_gz);
    }
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    /// Reads up to `size` bytes; returns how many were available.
    std::size_t read(std::uint8_t* out, std::size_t size) {
        std::size_t done = 0;
        if (m_gz == nullptr) {
            m_plain.read(reinterpret_cast<char*>(out), std::streamsize(size));
            done = std::size_t(m_plain.gcount());
        } else {
            while (done < size) {
                const unsigned chunk = unsigned(std::min<std::size_t>(size - done, 1u << 30));
                const int got = gzread(m_gz, out + done, chunk);
                if (got < 0)
                    throwGzipError();
                if (got == 0)
                    break;
                done += std::size_t(got);
            }
            // A gzip stream cut short reads as a short count plus a
            // Z_BUF_ERROR; report it as the broken archive it is.
            if (done < size)
                checkGzipError();
        }
        m_total += done;
        return done;
    }

    /// Bytes delivered so far (decompressed for gzip files).
    std::size_t total() const { return m_total; }

    /// Reads exactly `size` bytes or throws the truncation error.
    void readExactly(std::uint8_t* out, std::size_t size) {
        const std::size_t before = m_total;
        if (read(out, size) < size)
            throwTruncated(before + size);
    }

    /// Reads exactly `size` bytes into `out`, growing it as the data
    /// arrives: a header announcing more than the file holds is reported as
    /// truncated having allocated only what the file had, not the announced
    /// size (2^31 items in a 108-byte file).
    void readExactlyInto(std::vector<std::uint8_t>& out, std::size_t size) {
        const std::size_t expected = m_total + size;
        constexpr std::size_t kChunk = std::size_t(1) << 24;
        out.clear();
        while (out.size() < size) {
            const std::size_t before = out.size();
            const std::size_t want = std::min(kChunk, size - before);
            out.resize(before + want);
            const std::size_t got = read(out.data() + before, want);
            if (got < want) {
                out.clear();
                out.shrink_to_fit();
                throwTruncated(expected);
            }
        }
    }

private:
    [[noreturn]] void throwTruncated(std::size_t expected) const {
        throw InputError(m_field, inQuotes(m_path) + " is truncated: expected " +
                                      std::to_string(expected) + " bytes, file has " +
                                      std::to_string(m_total));
    }
    void checkGzipError() {
        int code = Z_OK;
        gzerror(m_gz, &code);
        if (code != Z_OK && code != Z_STREAM_END)
            throwGzipError();
    }
    [[noreturn]] void throwGzipError() {
        int code = Z_OK;
        const char* message = gzerror(m_gz, &code);
        throw InputError(m_field, "corrupt gzip data in " + inQuotes(m_path) + " (zlib: " +
                                      (message != nullptr ? message : "unknown error") + ")");
    }

    std::string m_path;
    std::string m_field;
    std::ifstream m_plain;
    gzFile m_gz = nullptr;
    std::size_t m_total = 0;
};

std::uint32_t bigEndian32(const std::uint8_t* bytes) {
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) |
           (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
}

/// Reads and checks the header; returns the dimension sizes.
std::vector<std::ptrdiff_t> readHeader(ByteSource& source, const std::string& path,
                                       std::uint32_t expectedMagic, const std::string& field) {
    std::uint8_t word[4];
    source.readExactly(word, 4);
    const std::uint32_t magic = bigEndian32(word);
    if (magic != expectedMagic) {
        const bool images = expectedMagic == kIdxImagesMagic;
        std::string problem = inQuotes(path) + " is not an IDX " +
                              std::string(images ? "images" : "labels") + " file: magic number " +
                              hex32(magic) + ", expected " + hex32(expectedMagic);
        if (magic == kIdxLabelsMagic && images)
            problem += " (it looks like a labels file)";
        if (magic == kIdxImagesMagic && !images)
            problem += " (it looks like an images file)";
        throw InputError(field, problem);
    }
    const int dimensions = int(magic & 0xFF);
    std::vector<std::ptrdiff_t> sizes;
    for (int d = 0; d < dimensions; ++d) {
        source.readExactly(word, 4);
        const std::uint32_t size = bigEndian32(word);
        if (size > std::uint32_t(INT_MAX))
            throw InputError(field, inQuotes(path) + ": dimension " + std::to_string(d) +
                                        " has an implausible size " + std::to_string(size));
        sizes.push_back(std::ptrdiff_t(size));
    }
    return sizes;
}

std::ptrdiff_t keep(std::ptrdiff_t available, std::ptrdiff_t limit) {
    return limit > 0 ? std::min(available, limit) : available;
}

}  // namespace

std::ptrdiff_t readIdxCount(const std::string& path, std::uint32_t expectedMagic,
                            const std::string& field) {
    ByteSource source(path, field);
    return readHeader(source, path, expectedMagic, field).front();
}

IdxImages readIdxImages(const std::string& path, std::ptrdiff_t limit, const std::string& field) {
    ByteSource source(path, field);
    const auto sizes = readHeader(source, path, kIdxImagesMagic, field);
    IdxImages images;
    images.rows = int(sizes[1]);
    images.cols = int(sizes[2]);
    if (images.rows <= 0 || images.cols <= 0 || std::ptrdiff_t(images.rows) * images.cols > 1 << 24)
        throw InputError(field, inQuotes(path) + ": implausible image size " +
                                    std::to_string(images.rows) + " x " +
                                    std::to_string(images.cols));
    images.count = keep(sizes[0], limit);
    source.readExactlyInto(images.pixels,
                           std::size_t(images.count) * std::size_t(images.rows * images.cols));
    return images;
}

std::vector<int> readIdxLabels(const std::string& path, std::ptrdiff_t limit,
                               const std::string& field) {
    ByteSource source(path, field);
    const auto sizes = readHeader(source, path, kIdxLabelsMagic, field);
    std::vector<std::uint8_t> bytes;
    source.readExactlyInto(bytes, std::size_t(keep(sizes[0], limit)));
    return std::vector<int>(bytes.begin(), bytes.end());
}

std::shared_ptr<const Dataset> loadIdxDataset(const std::string& imagesPath,
                                              const std::string& labelsPath, std::ptrdiff_t limit,
                                              std::vector<std::string> classNames) {
    const std::ptrdiff_t imageCount = readIdxCount(imagesPath, kIdxImagesMagic, "dataset.images");
    const std::ptrdiff_t labelCount = readIdxCount(labelsPath, kIdxLabelsMagic, "dataset.labels");
    if (imageCount != labelCount)
        throw InputError("dataset.labels", "count mismatch: " + inQuotes(imagesPath) + " has " +
                                               std::to_string(imageCount) + " images but " +
                                               inQuotes(labelsPath) + " has " +
                                               std::to_string(labelCount) + " labels");
    if (imageCount == 0)
        throw InputError("dataset.images", inQuotes(imagesPath) + " contains no images");

    // All labels, not just the kept ones, decide the default class count, so
    // a small limit cannot shrink the output layer.
    std::vector<int> labels = readIdxLabels(labelsPath, 0, "dataset.labels");
    const int largest = *std::max_element(labels.begin(), labels.end());
    if (classNames.empty()) {
        for (int c = 0; c <= largest; ++c)
            classNames.push_back(std::to_string(c));
    } else if (largest >= int(classNames.size())) {
        const auto at = std::find(labels.begin(), labels.end(), largest) - labels.begin();
        throw InputError("dataset.labels", inQuotes(labelsPath) + ": label " +
                                               std::to_string(largest) + " at index " +
                                               std::to_string(at) + " has no class name (" +
                                               std::to_string(classNames.size()) + " names given)");
    }

    IdxImages images = readIdxImages(imagesPath, limit, "dataset.images");
    labels.resize(std::size_t(images.count));

    auto data = std::make_shared<Dataset>();
    data->name = std::filesystem::path(imagesPath).filename().string();
    data->task = Task::Classification;
    data->inputShape = Shape{1, images.rows, images.cols};
    data->classNames = std::move(classNames);
    data->pixels = std::move(images.pixels);
    data->labels = std::move(labels);
    return data;
}

}  // namespace hyperlab
