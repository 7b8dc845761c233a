#include "documents/PaperDocument.h"
