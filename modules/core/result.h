#pragma once
// Errors as values: every fallible operation returns Result<T> with a message a user can act on.

#include <QString>
#include <utility>
#include <variant>

namespace perisai {

struct Error {
    QString message;
    // Where it happened, when that helps the reader (file:line, field name, ...).
    QString where;

    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }
    QString errorText() const { return ok() ? QString() : error().text(); }

private:
    std::variant<T, Error> m_value;
};

struct Ok {};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Ok) {}
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorText() const { return m_failed ? m_error.text() : QString(); }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(QString message, QString where = {}) { return Error{std::move(message), std::move(where)}; }

// The first failure among several results, or success.
template <typename... Results>
Status firstError(const Results &...results)
{
    Status status;
    ((status = status.ok() && !results.ok() ? Status(results.error()) : status), ...);
    return status;
}

} // namespace perisai
