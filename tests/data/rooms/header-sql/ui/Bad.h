#pragma once
class QSqlDatabase;
struct Bad { QSqlDatabase database() const; };
