#include "shell/Application.h"

int main(int argc, char** argv)
{
    return settle::Application::run(argc, argv);
}
