#include "storage/FieldStore.h"
