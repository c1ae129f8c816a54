#pragma once
// A PostgreSQL SCRAM-SHA-256 password verifier, made on the desk: a new login's password goes to the server
// only as this verifier (what pg_authid stores), never as clear text a statement log could keep.

#include <QByteArray>
#include <QString>

namespace perisai::storage {

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (RFC 5802/7677, as PostgreSQL writes it).
// The password is used as its UTF-8 bytes (PostgreSQL's SASLprep leaves ASCII passwords as they are).
QString scramSha256Verifier(const QString &password, const QByteArray &salt, int iterations = 4096);
// The same with 16 random bytes of salt.
QString scramSha256Verifier(const QString &password);

// A password for a new login: 16 characters from letters and digits that are not easily confused.
QString generatePassword();

} // namespace perisai::storage
