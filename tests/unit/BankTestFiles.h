#pragma once

#include "bank/BankStatementReader.h"
#include "errors/SettleError.h"

#include <QString>

#include <gtest/gtest.h>

namespace settle::test {

// The sample statements in tests/data/bank/, read as a user's file would be.
inline QString bankFile(const QString& name)
{
    return QStringLiteral(SETTLE_TEST_DATA "/bank/") + name;
}

inline BankStatement readBankFile(const QString& name, BankStatementReader::Format format = BankStatementReader::Format::Detect,
                                  const BankCsvReader::Options& csv = {})
{
    return BankStatementReader::read(bankFile(name), format, csv);
}

// The message a refused file gives, or a failure when it is not refused as bad input.
inline QString bankRefusal(const QString& name, BankStatementReader::Format format = BankStatementReader::Format::Detect,
                           const BankCsvReader::Options& csv = {})
{
    try {
        readBankFile(name, format, csv);
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput) << e.message().toStdString();
        return e.message();
    }
    ADD_FAILURE() << name.toStdString() << " was read without a complaint";
    return {};
}

} // namespace settle::test
